import type { Contact } from '../domain/contact.js';
import type { ContactJournalStore } from '../store/contactJournalStore.js';
import { monthsBetween } from '../store/contactJournalStore.js';
import { Poller } from '../util/poller.js';

/** Months of contacts the overview and the planner look at; longer silence reads as "not for years or never". */
export const READ_MODEL_MONTHS = 36;
/** Re-read this far before the last refresh, for clock skew between this server and storage. */
const OVERLAP_MS = 2 * 60_000;

/**
 * Every contact of the last three years, in memory: the overview and the plan cannot re-read a year of
 * contacts per request. Loaded once from the journal's month partitions, then caught up from the journal
 * rows written since the last refresh (by storage time), so contacts logged on any server instance or by the
 * import show up within one refresh interval.
 */
export class ContactReadModel {
  private readonly byId = new Map<string, Contact>();
  private lastRefresh: Date | null = null;
  private readonly poller = new Poller(() => this.catchUp());
  loadedAt: Date | null = null;
  coldLoadMs = 0;

  constructor(
    private readonly journal: ContactJournalStore,
    private readonly now: () => Date,
    /**
     * Whether contacts were erased or deleted by retention (on any instance) since a moment: the journal then has
     * rows fewer or changed, which catching up by new rows cannot see, so the model is loaded afresh.
     */
    private readonly erasedSince: (since: Date) => Promise<boolean> = async () => false,
  ) {}

  get size(): number { return this.byId.size; }

  /** When the model last caught up with the journal (null before the first load): its lag is now minus this. */
  get caughtUpAt(): Date | null { return this.lastRefresh; }

  contacts(): Contact[] {
    return [...this.byId.values()];
  }

  async load(): Promise<void> {
    const started = performance.now();
    const at = this.now();
    const from = new Date(at);
    from.setUTCMonth(from.getUTCMonth() - READ_MODEL_MONTHS);
    const all = await this.journal.listLoggedBetween(from.getTime(), at.getTime());
    this.byId.clear();
    for (const c of all) this.byId.set(c.id, c);
    this.lastRefresh = at;
    this.loadedAt = at;
    this.coldLoadMs = performance.now() - started;
  }

  /** Adds what this instance has just stored, before the next refresh would bring it. */
  add(contact: Contact): void {
    this.byId.set(contact.id, contact);
  }

  /** Drops erased contacts at once on this instance (others reload on their next refresh). */
  forget(ids: readonly string[]): void {
    for (const id of ids) this.byId.delete(id);
  }

  /** Catches up with the journal; concurrent calls share one pass. Returns how many contacts were new. */
  refresh(): Promise<number> {
    return this.poller.run();
  }

  private async catchUp(): Promise<number> {
    const at = this.now();
    const since = new Date((this.lastRefresh ?? at).getTime() - OVERLAP_MS);
    if (await this.erasedSince(since)) {
      await this.load();
      return 0;
    }
    const previousMonth = new Date(at);
    previousMonth.setUTCMonth(previousMonth.getUTCMonth() - 1);
    const rows = await this.journal.listWrittenSince(monthsBetween(previousMonth.getTime(), at.getTime()), since);
    let added = 0;
    for (const c of rows) {
      if (!this.byId.has(c.id)) added++;
      this.byId.set(c.id, c);
    }
    this.lastRefresh = at;
    return added;
  }

  startPolling(intervalMs: number, onError: (e: unknown) => void): void {
    this.poller.start(intervalMs, onError);
  }

  stopPolling(): void {
    this.poller.stop();
  }
}
