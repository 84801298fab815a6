import { sameCompany, type Company } from '../domain/company.js';
import type { CompanyStore } from '../store/companyStore.js';
import { Poller } from '../util/poller.js';

/**
 * A full re-read at least this often, so that an import that died between its writes and its final
 * reload marker is picked up without a restart.
 */
const FULL_RELOAD_MS = 60 * 60_000;

export type CompanyListener = (changed: readonly Company[]) => void;

/**
 * The register held in memory: every answer needs the company's name, industry and town, and the
 * matcher needs all names, so the register is read once at start and then kept current from the change
 * journal (which the import and other server instances write), polled every few seconds.
 */
export class CompanyDirectory {
  private readonly byCvr = new Map<string, Company>();
  private readonly listeners: CompanyListener[] = [];
  private watermark = 0;
  private fullyLoadedAt = 0;
  private readonly poller = new Poller(() => this.pullChanges());

  constructor(private readonly store: CompanyStore, private readonly now: () => Date = () => new Date()) {}

  get size(): number { return this.byCvr.size; }
  get(cvr: string): Company | undefined { return this.byCvr.get(cvr); }
  all(): IterableIterator<Company> { return this.byCvr.values(); }

  /** Listeners hear about every change after load, including changes this instance makes itself. */
  onChange(listener: CompanyListener): void { this.listeners.push(listener); }

  async load(): Promise<void> {
    const started = this.now().getTime();
    const companies = await this.store.listAll();
    this.byCvr.clear();
    this.apply(companies);
    this.watermark = started;
    this.fullyLoadedAt = started;
  }

  /** Applies companies this instance has just written, without waiting for the next poll. */
  apply(companies: readonly Company[]): void {
    if (companies.length === 0) return;
    for (const c of companies) this.byCvr.set(c.cvr, c);
    for (const l of this.listeners) l(companies);
  }

  /** Pulls changes written since the last sync; concurrent calls share one request. Returns how many changed. */
  sync(): Promise<number> {
    return this.poller.run();
  }

  private async pullChanges(): Promise<number> {
    const batch = await this.store.changesSince(this.watermark);
    const full = batch.reload || batch.watermark - this.fullyLoadedAt > FULL_RELOAD_MS;
    const candidates = full ? await this.store.listAll() : batch.companies;
    if (full) this.fullyLoadedAt = batch.watermark;
    const changed = candidates.filter((c) => {
      const known = this.byCvr.get(c.cvr);
      return !known || !sameCompany(known, c);
    });
    this.apply(changed);
    this.watermark = batch.watermark;
    return changed.length;
  }

  startPolling(intervalMs: number, onError: (e: unknown) => void): void {
    this.poller.start(intervalMs, onError);
  }

  stopPolling(): void {
    this.poller.stop();
  }
}
