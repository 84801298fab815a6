import type { AuditAction, AuditEntry } from '../domain/audit.js';
import type { Company } from '../domain/company.js';
import type { Contact, OptOut } from '../domain/contact.js';
import { idTimeFits, isEventId, newEventId } from '../domain/contactId.js';
import { validateContactForm, validateOptOutForm, type ContactFormValue, type FormErrors, type OptOutRequest } from '../domain/contactForm.js';
import { assessCall, type CallAssessment } from '../domain/contactRules.js';
import { containsCpr } from '../domain/cprGuard.js';
import { copenhagenDay } from '../domain/danishTime.js';
import type { CompanyOption } from '../domain/lookup.js';
import type { Unit, UnitId } from '../domain/units.js';
import type { Stores } from '../store/index.js';
import type { CompanyDirectory } from './companyDirectory.js';
import type { CompanyFinder } from './companyFinder.js';
import type { AccessReader } from '../domain/dataProtection/accessLog.js';
import type { LookupService } from './lookupService.js';
import type { ContactPolicy } from './strategyService.js';
import { productMetrics } from '../telemetry/metrics.js';

/**
 * A contact's journal row lies in the month its id was minted (when the card was rendered), and other
 * instances catch up with the current and the previous month only. A card older than four weeks therefore
 * gets new ids before anything is stored, so every instance's overview sees the contact.
 */
export const CARD_MAX_AGE_MS = 28 * 24 * 3600 * 1000;

/** The staff member behind a write, as Teams identifies them. */
export interface Actor { id: string | null; name: string }

/** Ids minted when the card was rendered: a retried submit carries the same ones. */
export interface CardIds { contactId: string; optOutId: string }

export type SubmitOutcome =
  | { kind: 'invalid'; errors: FormErrors }
  | { kind: 'chooseCompany'; options: CompanyOption[] }
  /** The card was opened too long ago to store under its id; a fresh card (new ids, same values) is needed. */
  | { kind: 'stale' }
  | { kind: 'stored'; contact: Contact; created: boolean; optOut: OptOut | null; company: Company; assessment: CallAssessment };

/** The log card as it opens: the company and its warnings when one was named, fresh ids, today and the unit. */
export interface LogCardStart {
  company: Company | null;
  /** Several companies fit what was written: the card asks which. */
  companyChoices?: CompanyOption[];
  /** What was written, kept in the company field when it found no company. */
  query: string;
  assessment: CallAssessment | null;
  ids: CardIds;
  today: string;
  defaultUnit: UnitId | null;
}

export type OptOutOutcome =
  | { kind: 'invalid'; errors: FormErrors }
  | { kind: 'stored'; optOut: OptOut; company: Company; created: boolean };

export type RevokeOutcome = { kind: 'revoked'; optOut: OptOut } | { kind: 'notFound' } | { kind: 'cpr' };

/**
 * Logging contacts and opt-outs. A write is acknowledged only after storage accepted it; storage errors
 * propagate so the shell can say "not saved" and keep the form. The ids come from the card, so a retry
 * after an error or a double click stores one row.
 */
export class ContactLogService {
  /** Last unit per user as this instance knows it, so the preference is written only when it changes. */
  private readonly knownUnits = new Map<string, UnitId>();

  constructor(
    private readonly stores: Stores,
    private readonly finder: CompanyFinder,
    private readonly directory: CompanyDirectory,
    private readonly units: () => readonly Unit[],
    private readonly policy: ContactPolicy,
    private readonly now: () => Date,
    /** The look-up's answer, shown on the log card as it opens. */
    private readonly lookup: Pick<LookupService, 'byCvr' | 'lookUp'>,
    /** Told of every contact this instance stores, so its read model need not wait for the next refresh. */
    private readonly onStored: (contact: Contact) => void = () => undefined,
    /** Told of every new opt-out once it is stored (the activity feed tells the staff who contacted the company). */
    private readonly onOptedOut: (cvr: string, companyName: string, actor: Actor) => void = () => undefined,
  ) {}

  newCardIds(): CardIds {
    const at = this.now().getTime();
    return { contactId: this.stores.journal.mintContactId(at), optOutId: newEventId(at) };
  }

  today(): string {
    return copenhagenDay(this.now());
  }

  /**
   * The log card for a company already chosen (its CVR, from a button), one named in a message (a query), or none.
   * The look-up runs first so the card shows the same warnings as the answer would.
   */
  async openCard(actor: Actor, unit: UnitId | null, target: { cvr: string } | { query: string } | null): Promise<LogCardStart> {
    // The card shows the company's history, so opening it is a read the access log records.
    const reader: AccessReader = { userId: actor.id, userName: actor.name, via: 'bot.logCard' };
    const result = target === null ? null : 'cvr' in target ? await this.lookup.byCvr(target.cvr, unit, reader) : await this.lookup.lookUp(target.query, unit, reader);
    const answer = result?.kind === 'answer' ? result : null;
    return {
      company: answer?.company ?? null,
      companyChoices: result?.kind === 'choices' ? result.options : undefined,
      query: answer || target === null || 'cvr' in target ? '' : target.query,
      assessment: answer?.assessment ?? null,
      ids: this.newCardIds(),
      today: this.today(),
      defaultUnit: await this.defaultUnit(actor, unit),
    };
  }

  /** The unit to preselect: the directory's answer, else the unit this person last logged for. */
  async defaultUnit(actor: Actor, directoryUnit: UnitId | null): Promise<UnitId | null> {
    if (directoryUnit) return directoryUnit;
    if (!actor.id) return null;
    const known = this.knownUnits.get(actor.id);
    if (known) return known;
    const stored = await this.stores.userPrefs.lastUnit(actor.id);
    if (stored) this.knownUnits.set(actor.id, stored);
    return stored;
  }

  async submitContact(input: Record<string, unknown>, ids: CardIds, actor: Actor): Promise<SubmitOutcome> {
    if (!isEventId(ids.contactId) || !isEventId(ids.optOutId)) return { kind: 'invalid', errors: { company: 'invalid' } };
    // An id from the future was not minted by this product: it gets fresh ids like an old card, and nothing is stored.
    const nowMs = this.now().getTime();
    if (idTimeFits(ids.contactId, nowMs, CARD_MAX_AGE_MS) === 'future' || idTimeFits(ids.optOutId, nowMs, CARD_MAX_AGE_MS) === 'future') return { kind: 'stale' };
    // Once per submit: the form and the warnings must agree on the day, and the time-zone conversion is not free.
    const today = this.today();
    const form = validateContactForm(input, { today, units: this.units() });
    if (!form.ok) return { kind: 'invalid', errors: form.errors };
    const resolved = await this.resolveCompany(form.value);
    if (resolved.kind !== 'company') return resolved;
    const company = resolved.company;
    if (idTimeFits(ids.contactId, nowMs, CARD_MAX_AGE_MS) === 'tooOld') {
      // A retry of a card stored while it was fresh is still answered "already saved".
      const stored = (await this.stores.history.read(company.cvr)).contacts.some((c) => c.id === ids.contactId);
      if (!stored) return { kind: 'stale' };
    }

    const nowIso = this.now().toISOString();
    const v = form.value;
    const contact: Contact = {
      id: ids.contactId, cvr: company.cvr, unit: v.unit, staffName: actor.name, staffId: actor.id, date: v.date, channel: v.channel,
      purpose: v.purpose, outcome: v.outcome, followUpDate: v.followUpDate, note: v.note, rating: v.rating, createdAt: nowIso, createdBy: actor.name,
    };
    // The journal row first: the history is what the answer "gemt" and every retry rest on, so a crash or an outage
    // between the two writes must never leave a contact in the history that the overview, plan and digest cannot
    // see (issue 13). The opposite gap, a journal row whose history write failed, was answered "not saved" and is
    // filled by the resubmit under the same id.
    await this.stores.journal.upsert(contact);
    const stored = await this.stores.history.insertContact(contact, this.audit(company.cvr, 'contact.logged', contact.id, actor));
    // A retry of a contact stored earlier returns that one, which the journal must show rather than this attempt.
    if (!stored.created) await this.stores.journal.upsert(stored.stored);
    this.onStored(stored.stored);
    const optOut = v.optOut ? await this.writeOptOut(company, v.optOut, ids.optOutId, actor, v.channel, v.date) : null;
    if (actor.id && this.knownUnits.get(actor.id) !== v.unit) {
      this.knownUnits.set(actor.id, v.unit);
      // Only a convenience for the next card: the contact is stored, so a failure here must not undo the answer.
      await this.stores.userPrefs.setLastUnit(actor.id, v.unit).catch(() => this.knownUnits.delete(actor.id as string));
    }

    // The company as it was when the contact was stored (exact: the store guards it), without this submit's own rows.
    const earlier = stored.before.contacts.filter((c) => c.id !== stored.stored.id);
    const priorOptOuts = stored.before.optOuts.filter((o) => o.id !== optOut?.id);
    const assessment = assessCall(earlier, priorOptOuts, {
      today, windows: this.policy.windows(), askingUnit: stored.stored.unit, owner: this.policy.ownerOf(company),
    });
    if (stored.created) productMetrics.contactLogged();
    return { kind: 'stored', contact: stored.stored, created: stored.created, optOut, company, assessment };
  }

  /** The opt-out card on its own ("X har frabedt sig kontakt"). */
  async submitOptOut(cvr: string, input: Record<string, unknown>, optOutId: string, actor: Actor): Promise<OptOutOutcome> {
    const company = await this.company(cvr);
    if (!company || !isEventId(optOutId) || idTimeFits(optOutId, this.now().getTime(), CARD_MAX_AGE_MS) === 'future') return { kind: 'invalid', errors: { company: 'invalid' } };
    const form = validateOptOutForm(input, this.units());
    if (!form.ok) return { kind: 'invalid', errors: form.errors };
    const source = typeof input.optOutSource === 'string' && input.optOutSource.length <= 40 ? input.optOutSource : 'telefon';
    const before = await this.stores.history.getOptOut(cvr, optOutId);
    const optOut = await this.writeOptOut(company, form.value, optOutId, actor, source, this.today());
    if (before === null) productMetrics.optOut('registered');
    return { kind: 'stored', optOut, company, created: before === null };
  }

  /** Coordinators only (the shell checks); the row and its history stay. The reason is stored, so never a CPR number. */
  async revokeOptOut(cvr: string, optOutId: string, reason: string, actor: Actor): Promise<RevokeOutcome> {
    if (containsCpr(reason)) return { kind: 'cpr' };
    const at = this.now().toISOString();
    const revoked = await this.stores.history.revokeOptOut(cvr, optOutId, { at, by: actor.name, reason }, this.audit(cvr, 'optOut.revoked', optOutId, actor));
    if (!revoked) return { kind: 'notFound' };
    await this.stores.optOutRegister.upsert(revoked);
    productMetrics.optOut('revoked');
    return { kind: 'revoked', optOut: revoked };
  }

  audit(cvr: string, action: AuditAction, subjectId: string, actor: Actor): AuditEntry {
    const at = this.now();
    return { id: newEventId(at.getTime()), cvr, action, subjectId, actorName: actor.name, actorId: actor.id, at: at.toISOString() };
  }

  async company(cvr: string): Promise<Company | null> {
    return this.directory.get(cvr) ?? (await this.stores.companies.get(cvr));
  }

  /**
   * An opt-out registered by the coordinator in the tab (or any shell that validated the request). A caller that
   * may retry passes its own id: the opt-out is then stored once.
   */
  async registerOptOut(cvr: string, request: OptOutRequest, actor: Actor, source: string, date: string, id = newEventId(this.now().getTime())): Promise<OptOut> {
    const company = await this.company(cvr);
    if (!company) throw new Error(`unknown company ${cvr}`);
    return this.writeOptOut(company, request, id, actor, source, date);
  }

  companyName(cvr: string): string | null {
    return this.directory.get(cvr)?.name ?? null;
  }

  private async writeOptOut(company: Company, request: OptOutRequest, id: string, actor: Actor, source: string, date: string): Promise<OptOut> {
    const optOut: OptOut = {
      id, cvr: company.cvr, pNumber: null, scope: request.scope, reason: request.reason, source, date,
      registeredAt: this.now().toISOString(), registeredBy: actor.name, revokedAt: null, revokedBy: null, revokeReason: null,
    };
    const stored = await this.stores.history.insertOptOut(optOut, this.audit(company.cvr, 'optOut.registered', id, actor));
    await this.stores.optOutRegister.upsert(stored.stored);
    if (stored.created) this.onOptedOut(company.cvr, company.name, actor);
    return stored.stored;
  }

  private async resolveCompany(v: ContactFormValue): Promise<{ kind: 'company'; company: Company } | Extract<SubmitOutcome, { kind: 'invalid' | 'chooseCompany' }>> {
    if (v.cvr) {
      const company = await this.company(v.cvr);
      return company ? { kind: 'company', company } : { kind: 'invalid', errors: { company: 'notFound' } };
    }
    const outcome = this.finder.find(v.companyQuery ?? '');
    if ((outcome.kind === 'cvr' || outcome.kind === 'clear') && outcome.hits[0]) {
      const company = await this.company(outcome.hits[0].cvr);
      if (company) return { kind: 'company', company };
    }
    if (outcome.kind === 'ambiguous' || (outcome.kind === 'none' && outcome.hits.length > 0 && !outcome.cvrQuery)) {
      return {
        kind: 'chooseCompany',
        options: outcome.hits.slice(0, 5).map((h) => ({ cvr: h.cvr, name: h.name, town: this.directory.get(h.cvr)?.address.town ?? null })),
      };
    }
    return { kind: 'invalid', errors: { company: 'notFound' } };
  }
}
