/**
 * The mock API's state: the fictional demo set (bot/demo) for a fixed seed, with the real domain functions
 * computing overview and plan, so the figures are as realistic and as consistent as the server's.
 */
import { uniformWindows } from '../../../bot/domain/strategy/index.js';
import type {
  ChannelsResponse, LocalUser, MeResponse, OptOutListResponse, OverviewResponse, QualityResponse, SavedPlan, StrategyHistoryResponse, StrategyResponse, StrategyVersionSummary,
} from '../../../bot/contract/api.js';
import type { Company } from '../../../bot/domain/company.js';
import type { Contact, OptOut, OptOutScope } from '../../../bot/domain/contact.js';
import { optOutCovers } from '../../../bot/domain/contact.js';
import { newEventId } from '../../../bot/domain/contactId.js';
import { addDays, copenhagenDay } from '../../../bot/domain/danishTime.js';
import { buildOverview } from '../../../bot/domain/overview/index.js';
import type { CompanyFeedback, ContactWish } from '../../../bot/domain/feedback.js';
import { generatePlan, type PlanItem } from '../../../bot/domain/planning/index.js';
import {
  describeChanges, initialStrategy, ownerCompanies, ownerFor, validateStrategy, type ContactOwner, type ContactStrategy, type StrategyErrors,
} from '../../../bot/domain/strategy/index.js';
import { buildQuality, defaultQualityPeriod } from '../../../bot/domain/quality/index.js';
import { ProposalService } from '../../../bot/services/proposalService.js';
import { ProposalConflictError, type StoredProposal } from '../../../bot/store/proposalStore.js';
import { DEFAULT_NAMING, DEFAULT_UNITS, PURPOSES } from '../../../bot/domain/units.js';
import { generateDemoData } from '../../../bot/demo/index.js';
import { LOCAL_USERS } from '../../../bot/demo/localUsers.js';
import { MockFeedback } from './mockFeedback.js';

export const MOCK_SETTINGS = { windowDays: 30, silenceMonths: 12 };

export class MockState {
  readonly companies: Company[];
  readonly contacts: Contact[];
  readonly optOuts: OptOut[];
  readonly plans: SavedPlan[] = [];
  /** Channels the bot is "installed" in; none is chosen until the coordinator picks one. */
  readonly channels: ChannelsResponse = {
    channels: [
      { conversationId: '19:erhverv-generelt@thread.tacv2', label: 'Erhverv › Generelt' },
      { conversationId: '19:virksomhedskontakt@thread.tacv2', label: 'Virksomhedskontakt › Koordinering' },
    ],
    target: null,
  };
  readonly users: LocalUser[];
  readonly feedback: MockFeedback;
  /** Saved strategy versions, oldest first; version 0 (the built-in one) is never stored. */
  readonly strategies: { strategy: ContactStrategy; summary: StrategyVersionSummary }[] = [];
  /** Every body PUT to /api/tab/strategy, accepted or not, for tests to inspect. */
  readonly strategyPuts: unknown[] = [];
  /** The companies' own answers through feedback links (fictional, made from the demo contacts). */
  readonly companyFeedback: CompanyFeedback[];
  /** The server's proposal rules over an in-memory log, ETags included. */
  readonly proposals: ProposalService;
  private readonly byCvr: Map<string, Company>;

  constructor(readonly now: () => Date = () => new Date(), companyCount = 600) {
    const data = generateDemoData({ seed: 707, companyCount, now: now() });
    this.companies = data.companies;
    this.contacts = data.contacts;
    this.optOuts = data.optOuts;
    this.byCvr = new Map(this.companies.map((c) => [c.cvr, c]));
    this.users = LOCAL_USERS.map((u) => ({ userId: u.aadObjectId, name: u.staff.displayName, unit: u.staff.unit, coordinator: u.staff.coordinator, dataProtection: u.dataProtection }));
    this.feedback = new MockFeedback(this);
    this.companyFeedback = demoFeedback(this.contacts, this.today());
    this.proposals = new ProposalService(new MemoryProposals(), () => DEFAULT_NAMING, now);
  }

  quality(from: string | null, to: string | null, unit: string | null): QualityResponse {
    const period = from && to ? { from, to } : defaultQualityPeriod(this.today());
    const quality = buildQuality({
      contacts: this.contacts, companyFeedback: this.companyFeedback, period, unit, units: DEFAULT_UNITS, purposes: PURPOSES,
      companyName: (cvr) => this.company(cvr)?.name ?? null,
    });
    return { period, unit, quality, asOf: this.now().toISOString() };
  }

  today(): string {
    return copenhagenDay(this.now());
  }

  company(cvr: string): Company | undefined {
    return this.byCvr.get(cvr);
  }

  me(user: LocalUser): MeResponse {
    return {
      userId: user.userId, name: user.name, isCoordinator: user.coordinator, dataProtection: user.dataProtection, unit: user.unit, local: true,
      units: this.strategy().units.map((u) => ({ id: u.id, name: u.name, nameEn: u.nameEn, shortName: u.shortName })),
      purposes: this.strategy().purposes.map((p) => ({ id: p.id, name: p.name, nameEn: p.nameEn })),
      settings: { windowDays: this.strategy().windows.overallDays, pairWindows: this.strategy().windows.pairs, silenceMonths: this.strategy().silenceMonths },
    };
  }

  overview(from: string | null, to: string | null, unit: string | null): OverviewResponse {
    const today = this.today();
    const period = { from: from ?? addDays(today, -89), to: to ?? today };
    const overview = buildOverview({
      companies: this.companies, contacts: this.contacts, optOuts: this.optOuts, period, today, unit, windows: uniformWindows(MOCK_SETTINGS.windowDays), silenceMonths: MOCK_SETTINGS.silenceMonths,
    });
    return { period, unit, overview, asOf: this.now().toISOString(), contactsInModel: this.contacts.length };
  }

  search(q: string): { cvr: string; name: string; town: string | null }[] {
    const needle = q.trim().toLowerCase();
    if (!needle) return [];
    return this.companies
      .filter((c) => c.cvr.startsWith(needle) || c.name.toLowerCase().includes(needle))
      .slice(0, 10)
      .map((c) => ({ cvr: c.cvr, name: c.name, town: c.address.town }));
  }

  companyContacts(cvr: string): Contact[] {
    return this.contacts.filter((c) => c.cvr === cvr).sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
  }

  listOptOuts(status: string, unit: string | null, q: string): OptOutListResponse {
    const text = q.trim().toLowerCase();
    const optOuts = this.optOuts
      .filter((o) => (status === 'all' ? true : status === 'revoked' ? o.revokedAt !== null : o.revokedAt === null))
      .filter((o) => !unit || o.scope.kind === 'all' || o.scope.units.includes(unit))
      .map((o) => ({ ...o, companyName: this.company(o.cvr)?.name ?? null }))
      .filter((o) => !text || o.cvr.includes(text) || (o.companyName ?? '').toLowerCase().includes(text) || o.reason.toLowerCase().includes(text))
      .sort((a, b) => b.registeredAt.localeCompare(a.registeredAt));
    return { optOuts };
  }

  registerOptOut(cvr: string, scope: OptOutScope, reason: string, source: string, date: string, by: string): OptOut {
    const at = this.now();
    const optOut: OptOut = {
      id: newEventId(at.getTime()), cvr, pNumber: null, scope, reason, source, date, registeredAt: at.toISOString(),
      registeredBy: by, revokedAt: null, revokedBy: null, revokeReason: null,
    };
    this.optOuts.push(optOut);
    return optOut;
  }

  revokeOptOut(cvr: string, id: string, reason: string, by: string): OptOut | null {
    const o = this.optOuts.find((x) => x.cvr === cvr && x.id === id);
    if (!o) return null;
    if (o.revokedAt === null) Object.assign(o, { revokedAt: this.now().toISOString(), revokedBy: by, revokeReason: reason });
    return o;
  }

  suggestPlan(size: number): PlanItem[] {
    return generatePlan({
      companies: this.companies, contacts: this.contacts, optOuts: this.optOuts, today: this.today(), units: DEFAULT_UNITS,
      size: Math.min(Math.max(1, size), 100), ...MOCK_SETTINGS,
    });
  }

  /** The server's rule: a plan never points a unit at a company that declined it. Returns a Danish refusal. */
  planRefusal(items: readonly PlanItem[]): string | null {
    const seen = new Set<string>();
    for (const item of items) {
      if (this.optOuts.some((o) => o.cvr === item.cvr && optOutCovers(o, item.unit))) {
        const unit = DEFAULT_UNITS.find((u) => u.id === item.unit)?.shortName ?? item.unit;
        return `${item.companyName} kan ikke stå i planen: virksomheden har frabedt sig kontakt fra ${unit}.`;
      }
      if (seen.has(item.cvr)) return `${item.companyName} står i planen to gange.`;
      seen.add(item.cvr);
    }
    return null;
  }

  setTarget(conversationId: string, by: string): ChannelsResponse['target'] {
    const channel = this.channels.channels.find((c) => c.conversationId === conversationId);
    if (!channel) return null;
    this.channels.target = { ...channel, setBy: by, setAt: this.now().toISOString() };
    return this.channels.target;
  }

  /** ISO week key of today, e.g. 2026-W49, as the digest names its week. */
  isoWeek(): string {
    const d = new Date(`${this.today()}T00:00:00Z`);
    const day = (d.getUTCDay() + 6) % 7;
    d.setUTCDate(d.getUTCDate() - day + 3);
    const jan4 = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
    const week = 1 + Math.round(((d.getTime() - jan4.getTime()) / 86_400_000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
    return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
  }

  /** Like the server: a new plan, or the next version of the one `basedOn` names (null when that is not the newest). */
  savePlan(items: PlanItem[], note: string | null, by: string, basedOn: SavedPlan | null = null): SavedPlan | null {
    if (basedOn && this.plans.find((p) => p.planId === basedOn.planId) !== basedOn) return null;
    const at = this.now();
    const id = `p${at.getTime()}${this.plans.length}`;
    const plan: SavedPlan = { id, planId: basedOn?.planId ?? id, version: (basedOn?.version ?? 0) + 1, savedAt: at.toISOString(), savedBy: by, note, items };
    this.plans.unshift(plan);
    return plan;
  }

  strategy(): ContactStrategy {
    return this.strategies.at(-1)?.strategy ?? initialStrategy(MOCK_SETTINGS.windowDays);
  }

  strategyResponse(strategy: ContactStrategy = this.strategy()): StrategyResponse {
    const companyNames: Record<string, string | null> = {};
    for (const o of strategy.owners) if (o.target.kind === 'company') companyNames[o.target.cvr] = this.company(o.target.cvr)?.name ?? null;
    return { strategy, companyNames };
  }

  strategyVersion(version: number): StrategyResponse | null {
    const found = this.strategies.find((s) => s.strategy.version === version);
    return found ? this.strategyResponse(found.strategy) : null;
  }

  strategyHistoryResponse(): StrategyHistoryResponse {
    const versions = this.strategies.map((s) => s.summary).reverse();
    const cvrs = ownerCompanies(versions.flatMap((v) => v.changes));
    return { versions, companyNames: Object.fromEntries(cvrs.map((cvr) => [cvr, this.company(cvr)?.name ?? null])) };
  }

  ownerOf(company: Company): ContactOwner | null {
    return ownerFor(company, this.strategy().owners);
  }

  /** The server's rules (bot/domain/strategy): a conflict on a stale base, else the validator's verdict. */
  saveStrategy(body: Record<string, unknown>, by: string):
    { kind: 'saved'; response: StrategyResponse } | { kind: 'conflict'; version: number } | { kind: 'invalid'; errors: StrategyErrors } {
    this.strategyPuts.push(body);
    const previous = this.strategy();
    if (body.basedOnVersion !== previous.version) return { kind: 'conflict', version: previous.version };
    let n = 0;
    const checked = validateStrategy(body.strategy, previous, () => `mock-owner-${Date.now()}-${n++}`);
    if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
    const savedAt = this.now().toISOString();
    const strategy: ContactStrategy = { ...checked.value, version: previous.version + 1, savedAt, savedBy: by };
    const summary: StrategyVersionSummary = {
      version: strategy.version, savedAt, savedBy: by, note: strategy.note, changes: describeChanges(previous, strategy), moreChanges: 0,
    };
    this.strategies.push({ strategy, summary });
    return { kind: 'saved', response: this.strategyResponse(strategy) };
  }
}

/** The proposals table as the mock keeps it: a map with a version counter standing in for the ETag. */
class MemoryProposals {
  private readonly rows = new Map<string, StoredProposal>();
  private version = 0;

  async create(p: StoredProposal['proposal']): Promise<StoredProposal> {
    const stored = { proposal: p, etag: `W/"${++this.version}"` };
    this.rows.set(p.id, stored);
    return stored;
  }

  async get(id: string): Promise<StoredProposal | null> {
    return this.rows.get(id) ?? null;
  }

  async list(): Promise<StoredProposal[]> {
    return [...this.rows.values()];
  }

  async replace(p: StoredProposal['proposal'], etag: string): Promise<StoredProposal> {
    const current = this.rows.get(p.id) ?? null;
    if (!current || current.etag !== etag) throw new ProposalConflictError(current);
    return this.create(p);
  }
}

const PRAISE = ['God og hurtig dialog med jer.', 'Praktikanten passede godt til os.', 'Tak for et godt samarbejde om løntilskud.', 'I kommer, når I siger, I gør.'];
const COMPLAINTS = [
  'Vi blev ringet op af tre forskellige afdelinger samme uge.', 'Svært at finde ud af, hvem vi skal kontakte.', 'Lidt for mange henvendelser i foråret.',
];

/**
 * Fictional self-service answers: every fifth rated contact of the last year is followed by the company's own
 * answer a few days later, mostly agreeing with the staff's note; every seventh of those is clearly less happy,
 * so the quality page has falls, comments and a recommend score to show.
 */
function demoFeedback(contacts: readonly Contact[], today: string): CompanyFeedback[] {
  const since = addDays(today, -365);
  const rated = contacts.filter((c) => c.rating !== null && c.date >= since && addDays(c.date, 4) <= today).sort((a, b) => (a.id < b.id ? -1 : 1));
  return rated.filter((_, i) => i % 5 === 0).map((c, i) => {
    const date = addDays(c.date, 1 + (i % 4));
    const rating = i % 7 === 3 ? Math.max(1, (c.rating as number) - 2) : (c.rating as number);
    const unhappy = rating <= 3;
    const wish: ContactWish = unhappy && i % 2 === 0 ? (i % 4 === 0 ? 'none' : 'fewer') : 'same';
    const comments = unhappy ? COMPLAINTS : PRAISE;
    return {
      id: `fb${i}`, cvr: c.cvr, linkId: `link${i}`, receivedAt: `${date}T09:30:00Z`, date, unit: i % 9 === 0 ? null : c.unit,
      purpose: i % 9 === 0 ? null : c.purpose, rating: i % 11 === 5 ? null : rating, recommend: Math.min(10, rating * 2 + (i % 3)),
      comment: i % 3 === 0 ? comments[(i / 3) % comments.length] : null, wish,
    };
  });
}
