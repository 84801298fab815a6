import type { Company } from '../domain/company.js';
import {
  describeChanges, initialStrategy, ownerFor, validateStrategy,
  type ContactOwner, type ContactStrategy, type ContactWindows, type StrategyErrors, type StrategyVersionSummary,
} from '../domain/strategy/index.js';
import type { Naming, Purpose, Unit } from '../domain/units.js';
import { StrategyTooLarge, StrategyVersionTaken, type StrategyStore } from '../store/strategyStore.js';
import { Poller } from '../util/poller.js';

/** What the look-up and the log card need of the strategy to warn before a call. */
export interface ContactPolicy {
  windows(): ContactWindows;
  ownerOf(company: Company): ContactOwner | null;
}

export type SaveOutcome =
  | { kind: 'saved'; strategy: ContactStrategy }
  | { kind: 'invalid'; errors: StrategyErrors }
  /** Someone saved after the version the coordinator started from. */
  | { kind: 'conflict'; current: ContactStrategy };

/**
 * The contact strategy in force, held in memory because every look-up and log card needs it. A save on this
 * instance applies at once; other instances pick it up within the refresh interval.
 */
export class StrategyService implements ContactPolicy {
  private strategy: ContactStrategy;
  private readonly refresher: Poller<void>;

  constructor(
    private readonly store: StrategyStore,
    private readonly configuredWindowDays: number,
    private readonly now: () => Date,
    private readonly newId: () => string,
  ) {
    this.strategy = initialStrategy(configuredWindowDays);
    this.refresher = new Poller(() => this.refresh());
  }

  current(): ContactStrategy {
    return this.strategy;
  }

  units(): readonly Unit[] {
    return this.strategy.units;
  }

  purposes(): readonly Purpose[] {
    return this.strategy.purposes;
  }

  naming(): Naming {
    return { units: this.strategy.units, purposes: this.strategy.purposes };
  }

  windows(): ContactWindows {
    return this.strategy.windows;
  }

  silenceMonths(): number {
    return this.strategy.silenceMonths;
  }

  ownerOf(company: Company): ContactOwner | null {
    return ownerFor(company, this.strategy.owners);
  }

  load(): Promise<void> {
    return this.refresher.run();
  }

  startPolling(intervalMs: number, onError: (e: unknown) => void): void {
    this.refresher.start(intervalMs, onError);
  }

  stopPolling(): void {
    this.refresher.stop();
  }

  async save(raw: unknown, basedOnVersion: number, savedBy: string): Promise<SaveOutcome> {
    const latest = (await this.store.latest()) ?? initialStrategy(this.configuredWindowDays);
    this.adopt(latest);
    if (latest.version !== basedOnVersion) return { kind: 'conflict', current: latest };
    const checked = validateStrategy(raw, latest, this.newId);
    if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
    const next = { ...checked.value, version: latest.version + 1, savedAt: this.now().toISOString(), savedBy };
    try {
      await this.store.insert(next, describeChanges(latest, next));
    } catch (e) {
      if (e instanceof StrategyVersionTaken) {
        await this.refresh();
        return { kind: 'conflict', current: this.strategy };
      }
      if (e instanceof StrategyTooLarge) return { kind: 'invalid', errors: { owners: 'Strategien er for stor til at gemme. Brug ejere for brancher eller områder frem for mange enkelte virksomheder.' } };
      throw e;
    }
    this.adopt(next);
    return { kind: 'saved', strategy: next };
  }

  history(): Promise<StrategyVersionSummary[]> {
    return this.store.history();
  }

  version(version: number): Promise<ContactStrategy | null> {
    return version === 0 ? Promise.resolve(initialStrategy(this.configuredWindowDays)) : this.store.version(version);
  }

  private async refresh(): Promise<void> {
    const latest = await this.store.latest();
    if (latest) this.adopt(latest);
  }

  /** Never step back: a slow refresh must not undo a newer save made meanwhile on this instance. */
  private adopt(s: ContactStrategy): void {
    if (s.version >= this.strategy.version) this.strategy = s;
  }
}
