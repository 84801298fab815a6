import { digestCard } from '../cards/digestCards.js';
import type { Locale } from '../domain/danishTime.js';
import { copenhagenDay } from '../domain/danishTime.js';
import { buildDigest, digestText, dueWeek, isoWeekOf, previousWeek, weekBounds, type DigestSchedule } from '../domain/digest/index.js';
import type { ContactWindows } from '../domain/strategy/index.js';
import type { Unit } from '../domain/units.js';
import type { Stores } from '../store/index.js';
import { ConversationGoneError, type ChannelPoster } from './channelPoster.js';
import type { CompanyDirectory } from './companyDirectory.js';
import type { ContactReadModel } from './contactReadModel.js';
import { planClaims } from './planPostService.js';
import type { LogFn } from '../util/logger.js';
import { Poller } from '../util/poller.js';
import { productMetrics } from '../telemetry/metrics.js';

export type DigestOutcome =
  | { kind: 'posted'; week: string; activityId: string }
  | { kind: 'notDue' }
  | { kind: 'noTarget' }
  | { kind: 'alreadyTaken'; week: string }
  | { kind: 'targetGone' };

export interface DigestDeps {
  stores: Stores;
  directory: CompanyDirectory;
  readModel: ContactReadModel;
  poster: ChannelPoster;
  settings: { windows(): ContactWindows; silenceMonths(): number; schedule(): DigestSchedule; locale(): Locale };
  units: () => readonly Unit[];
  now: () => Date;
  /** Names this server instance in the lease, for the log. */
  instanceId: string;
}

const JOB = 'digest';

/**
 * The weekly digest, posted by itself. Every instance checks each minute whether a week is due; the
 * conditional insert of the week's lease lets exactly one of them post it. A lease taken by an instance
 * that died before posting is not taken over: a duplicate in the channel is worse than a missed week,
 * which the coordinator can post by hand.
 */
export class DigestService {
  private poller: Poller<void> | null = null;

  constructor(private readonly d: DigestDeps) {}

  async tick(): Promise<DigestOutcome> {
    const posted = (await this.d.stores.leases.list(JOB)).map((l) => l.key).sort();
    const week = dueWeek(this.d.now(), this.d.settings.schedule(), posted.at(-1) ?? null);
    if (!week) return { kind: 'notDue' };
    return this.postWeek(week);
  }

  /** The newest week whose scheduled digest was posted, and when its lease was taken (the readiness view shows it). */
  async lastPosted(): Promise<{ week: string; at: string } | null> {
    const done = (await this.d.stores.leases.list(JOB)).filter((l) => l.state === 'done').sort((x, y) => x.key.localeCompare(y.key)).at(-1);
    return done ? { week: done.key, at: done.at } : null;
  }

  /** By hand (the coordinator): the current week's digest now, outside the weekly lease. */
  async postNow(): Promise<DigestOutcome> {
    const target = await this.d.stores.conversations.target();
    if (!target) return { kind: 'noTarget' };
    const week = isoWeekOf(this.d.now()).key;
    return this.send(target.conversationId, week, 'manual');
  }

  private async postWeek(week: string): Promise<DigestOutcome> {
    const target = await this.d.stores.conversations.target();
    if (!target) return { kind: 'noTarget' };
    if (!(await this.d.stores.leases.acquire(JOB, week, this.d.instanceId, this.d.now()))) return { kind: 'alreadyTaken', week };
    const outcome = await this.send(target.conversationId, week, 'scheduled');
    if (outcome.kind === 'posted') await this.d.stores.leases.complete(JOB, week, outcome.activityId);
    return outcome;
  }

  private async send(conversationId: string, week: string, how: 'scheduled' | 'manual'): Promise<DigestOutcome> {
    const locale = this.d.settings.locale();
    const plans = await this.d.stores.plans.list(1);
    const newest = plans[0] ? await this.d.stores.plans.get(plans[0].id) : null;
    const claims = newest ? await planClaims(this.d.stores, newest.id) : {};
    const digest = buildDigest({
      weekKey: week,
      companies: [...this.d.directory.all()],
      contacts: this.d.readModel.contacts(),
      optOuts: await this.d.stores.optOutRegister.listAll(),
      plans: newest ? [newest] : [],
      claims,
      proposals: (await this.d.stores.proposals.list()).map((s) => s.proposal),
      registerChanges: await this.lastWeeksRegisterChanges(week),
      today: copenhagenDay(this.d.now()),
      windows: this.d.settings.windows(),
      silenceMonths: this.d.settings.silenceMonths(),
      units: this.d.units(),
    });
    const footer = how === 'manual' ? (locale === 'da' ? 'Sendt manuelt af erhvervskoordinatoren.' : 'Sent by hand by the business coordinator.') : null;
    try {
      const activityId = await this.d.poster.post(conversationId, digestCard(digestText(digest, this.d.units(), locale), footer));
      productMetrics.digestPosted(week, how);
      return { kind: 'posted', week, activityId };
    } catch (e) {
      if (!(e instanceof ConversationGoneError)) throw e;
      await this.d.stores.conversations.remove(conversationId);
      return { kind: 'targetGone' };
    }
  }

  /** The months around the reported week; buildDigest keeps that week's days. */
  private lastWeeksRegisterChanges(week: string) {
    const { from, to } = weekBounds(previousWeek(week));
    return this.d.stores.cvrSync.list(from.slice(0, 7), to.slice(0, 7));
  }

  /** Ticks every interval, never two at once (a slow post must not overlap the next check). */
  start(intervalMs: number, log: LogFn): void {
    this.poller?.stop();
    this.poller = new Poller(async () => {
      const o = await this.tick();
      if (o.kind === 'posted' || o.kind === 'targetGone') log(`digest ${o.kind}${o.kind === 'posted' ? ` for week ${o.week}` : ''}`);
    });
    this.poller.start(intervalMs, (e) => log('digest failed', e));
  }

  stop(): void {
    this.poller?.stop();
  }
}
