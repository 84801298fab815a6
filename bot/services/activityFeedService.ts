/**
 * Activity-feed notices (issue 18): the choice each staff member makes in the tab, and the notices a stored plan or
 * opt-out leads to. Sending never holds up or fails the write that caused it: it starts after the write is stored,
 * runs on its own, and a Graph that is off or refuses costs a warning in the log, nothing more.
 */
import {
  DEFAULT_FEED_CHOICE,
  optOutNotices,
  planNotices,
  type Actor,
  type FeedChoice,
  type FeedMember,
  type Notice,
} from '../domain/activityFeed/notices.js';
import type { Contact } from '../domain/contact.js';
import type { PlanItem, SavedPlan } from '../domain/planning/index.js';
import { unitNameOf, type Unit, type UnitId } from '../domain/units.js';
import type { ActivityFeedStore } from '../store/activityFeedStore.js';
import { mapLimit } from '../util/collections.js';
import type { FeedNotification, FeedSender } from './graph/graphActivityFeed.js';

const SEND_CONCURRENCY = 4;

export interface ActivityFeedDeps {
  store: Pick<ActivityFeedStore, 'get' | 'save' | 'list'>;
  /** Null when Microsoft Graph is not configured: choices are still kept, notices are not sent. */
  sender: FeedSender | null;
  /** The contacts this instance knows (the read model): who contacted a company, and who a plan's names are. */
  contacts: () => readonly Contact[];
  units: () => readonly Unit[];
  now: () => Date;
  warn: (message: string) => void;
  /** Where selecting a notice leads (a Teams deep link to the tab in production). */
  link: (target: { cvr: string }) => string;
}

/**
 * Where selecting a notice leads: a Teams deep link to the personal tab (its entity "oversigt", the company as the
 * sub-entity) when the Teams app id is known, else the tab's own page for the company.
 */
export function activityFeedLink(teamsAppId: string | null, publicBaseUrl: string): (target: { cvr: string }) => string {
  return ({ cvr }) =>
    teamsAppId
      ? `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/oversigt?context=${encodeURIComponent(JSON.stringify({ subEntityId: `virksomhed/${cvr}` }))}`
      : `${publicBaseUrl}/tab/index.html#/virksomhed/${cvr}`;
}

export class ActivityFeedService {
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly d: ActivityFeedDeps) {}

  /** Whether notices can be sent at all from this server. */
  get available(): boolean {
    return this.d.sender !== null;
  }

  async choice(userId: string): Promise<FeedChoice> {
    return (await this.d.store.get(userId))?.choice ?? DEFAULT_FEED_CHOICE;
  }

  async choose(user: { id: string; name: string; unit: UnitId | null }, choice: FeedChoice): Promise<FeedChoice> {
    await this.d.store.save({ userId: user.id, displayName: user.name, unit: user.unit, choice }, this.d.now());
    return choice;
  }

  /** After a plan version is stored: tells whoever got a new or changed assignment. */
  planSaved(previous: readonly PlanItem[] | null, plan: SavedPlan, actor: Actor): void {
    this.inBackground(`plan ${plan.id}`, async (members) =>
      planNotices({ previous, next: plan.items, members, contacts: this.d.contacts(), actor }),
    );
  }

  /** After a new opt-out is stored: tells the staff who contacted the company lately. */
  optedOut(cvr: string, companyName: string, actor: Actor): void {
    this.inBackground(`opt-out of ${cvr}`, async (members) =>
      optOutNotices({ cvr, companyName, contacts: this.d.contacts(), members, actor, now: this.d.now() }),
    );
  }

  /** Resolves when every notice started so far has been sent or given up (tests and shutdown wait for it). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private inBackground(what: string, decide: (members: FeedMember[]) => Promise<Notice[]>): void {
    const run = (async () => {
      try {
        const notices = await decide(await this.d.store.list());
        if (notices.length === 0) return;
        const sender = this.d.sender;
        if (!sender) {
          this.d.warn(
            `activity feed: ${notices.length} notice(s) for ${what} not sent: Microsoft Graph is not configured (ACTIVITY_FEED_ENABLED)`,
          );
          return;
        }
        // A few at a time: a plan of many items would otherwise meet Graph's per-app throttling (429) all at once.
        const results = await mapLimit(notices, SEND_CONCURRENCY, (n) =>
          sender.send(n.recipientId, this.notification(n)).then(
            () => null,
            (e: unknown) => (e instanceof Error ? e.message : String(e)),
          ),
        );
        const failed = results.filter((r): r is string => r !== null);
        if (failed.length > 0)
          this.d.warn(
            `activity feed: ${failed.length} of ${notices.length} notice(s) for ${what} not sent: ${[...new Set(failed)].join('; ')}`,
          );
      } catch (e) {
        this.d.warn(`activity feed: notices for ${what} not sent: ${e instanceof Error ? e.message : String(e)}`);
      }
    })();
    this.pending.add(run);
    void run.finally(() => this.pending.delete(run));
  }

  /** The texts beside the manifest's templates: Danish, as the staff read them. */
  private notification(n: Notice): FeedNotification {
    const webUrl = this.d.link({ cvr: n.cvr });
    switch (n.activityType) {
      case 'planItemAssigned':
        return {
          activityType: n.activityType,
          topic: n.companyName,
          webUrl,
          preview: `Du står i kontaktplanen til ${n.companyName} (CVR ${n.cvr}).`,
          parameters: { actor: n.actorName, company: n.companyName },
        };
      case 'planItemAssignedToUnit': {
        const unit = unitNameOf(this.d.units(), n.unit ?? '', 'da');
        return {
          activityType: n.activityType,
          topic: n.companyName,
          webUrl,
          preview: `${unit} står i kontaktplanen til ${n.companyName} (CVR ${n.cvr}).`,
          parameters: { actor: n.actorName, unit, company: n.companyName },
        };
      }
      case 'companyOptedOut':
        return {
          activityType: n.activityType,
          topic: n.companyName,
          webUrl,
          preview: `Kontakt ikke ${n.companyName} (CVR ${n.cvr}) uden at se, hvad virksomheden har frabedt sig.`,
          parameters: { company: n.companyName },
        };
    }
  }
}
