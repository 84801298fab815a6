import { copenhagenDay } from '../domain/danishTime.js';
import {
  cutoffDay, MIN_DAYS, RETENTION_KINDS, validatePeriods, type PeriodErrors, type RetentionKind, type RetentionPeriods,
} from '../domain/dataProtection/retention.js';
import type { Stores } from '../store/index.js';
import type { SavedPeriods, RetentionRun } from '../store/retentionStore.js';
import { RetentionSweeper } from '../store/retentionSweeps.js';
import { Poller } from '../util/poller.js';
import type { ContactReadModel } from './contactReadModel.js';

export interface RetentionDeps {
  stores: Stores;
  readModel: ContactReadModel;
  now: () => Date;
  /** Names this instance in the run row. */
  instanceId: string;
  /** A run whose heartbeat is older than this is taken over (default 10 minutes; a checkpoint is written every page). */
  staleMs?: number;
}

export type RetentionOutcome =
  | { kind: 'done'; day: string; counts: Record<string, number> }
  | { kind: 'alreadyDone'; day: string }
  | { kind: 'runningElsewhere'; day: string; owner: string };

/**
 * The daily retention job. Every instance checks each hour; the day's run row in Leases lets one of them run it,
 * and doubles as the checkpoint (ETag-guarded, so a taken-over run notices and stops): before each page of deletes
 * it records the page (`pending`), after it the counts so far. A run killed mid-way (even kill -9) is continued by
 * the next check once its heartbeat is stale: the rows of the pending page that are gone are counted first, then
 * the sweeps re-read what is still there, so nothing is deleted twice, nothing is skipped and the counts are exact.
 * The counts go to a PrivacyAudit row (never content).
 */
export class RetentionService {
  private readonly sweeper: RetentionSweeper;
  private poller: Poller<void> | null = null;

  constructor(private readonly d: RetentionDeps) {
    this.sweeper = new RetentionSweeper(d.stores.tables);
  }

  periods(): Promise<SavedPeriods> {
    return this.d.stores.retention.periods();
  }

  async save(input: unknown, by: string): Promise<{ ok: true; periods: RetentionPeriods } | { ok: false; errors: PeriodErrors }> {
    const checked = validatePeriods(input);
    if (!checked.ok) return checked;
    await this.d.stores.retention.savePeriods(checked.value, by, this.d.now());
    return { ok: true, periods: checked.value };
  }

  /** What these periods would remove today, per kind; nothing is changed. */
  async dryRun(input: unknown): Promise<{ ok: true; counts: Record<RetentionKind, number> } | { ok: false; errors: PeriodErrors }> {
    const checked = validatePeriods(input);
    if (!checked.ok) return checked;
    const today = copenhagenDay(this.d.now());
    const counts = {} as Record<RetentionKind, number>;
    for (const kind of RETENTION_KINDS) counts[kind] = await this.sweeper.count(kind, cutoffDay(today, checked.value[kind]));
    return { ok: true, counts };
  }

  /** Runs (or continues) today's run unless it is done or another live instance runs it. */
  async runToday(): Promise<RetentionOutcome> {
    const day = copenhagenDay(this.d.now());
    let run = await this.d.stores.retention.run(day);
    if (run?.state === 'done') return { kind: 'alreadyDone', day };
    if (!run) {
      run = await this.d.stores.retention.start(day, this.d.instanceId, this.d.now(), {} as Record<RetentionKind, number>);
      if (!run) return this.runToday();
    } else {
      const stale = this.d.now().getTime() - Date.parse(run.heartbeat) > (this.d.staleMs ?? 10 * 60_000);
      if (run.owner !== this.d.instanceId && !stale) return { kind: 'runningElsewhere', day, owner: run.owner };
      const taken = await this.d.stores.retention.checkpoint(run, this.d.instanceId, this.d.now());
      if (!taken) return { kind: 'runningElsewhere', day, owner: '?' };
      run = taken;
    }
    return this.continueRun(run);
  }

  private async continueRun(start: RetentionRun): Promise<RetentionOutcome> {
    let run = start;
    const { periods } = await this.periods();
    const save = async (next: RetentionRun, state: 'running' | 'done' = 'running') => {
      const written = await this.d.stores.retention.checkpoint(next, this.d.instanceId, this.d.now(), state);
      if (!written) throw new RunTakenOver();
      run = written;
    };
    const counted = (countKey: string, n: number) => ({ ...run.counts, [countKey]: (run.counts[countKey as RetentionKind] ?? 0) + n }) as RetentionRun['counts'];
    try {
      if (run.pending) await save({ ...run, counts: counted(run.pending.countKey, await this.sweeper.settle(run.pending)), pending: null });
      for (const kind of RETENTION_KINDS) {
        if (run.done.includes(kind)) continue;
        // The access log's minimum holds even if a stored setting were edited by hand below it.
        const days = Math.max(periods[kind], MIN_DAYS[kind]);
        await this.sweeper.sweep(kind, cutoffDay(run.day, days), {
          begin: (page) => save({ ...run, pending: page }),
          end: (countKey, removed) => save({ ...run, counts: counted(countKey, removed), pending: null }),
        });
        await save({ ...run, done: [...run.done, kind] });
      }
    } catch (e) {
      if (e instanceof RunTakenOver) return { kind: 'runningElsewhere', day: run.day, owner: '?' };
      throw e;
    }
    const at = this.d.now();
    // Keyed by the day, so a retry after a crash between these two writes rewrites the same audit row.
    await this.d.stores.privacyAudit.write({
      id: `${run.day}`, kind: 'retention', at: at.toISOString(), actorName: 'Sletterutine', actorId: this.d.instanceId, what: 'run', cvr: null, counts: run.counts,
    });
    await save(run, 'done');
    const counts = run.counts as Record<string, number>;
    if ((counts.contacts ?? 0) + (counts['contacts.journal'] ?? 0) > 0) await this.d.readModel.load();
    return { kind: 'done', day: run.day, counts: run.counts };
  }

  start(intervalMs: number, log: (m: string) => void): void {
    this.poller?.stop();
    this.poller = new Poller(async () => {
      const o = await this.runToday();
      if (o.kind === 'done') log(`Retention: ${JSON.stringify(o)}`);
    });
    this.poller.start(intervalMs, (e) => log(`Retention failed: ${String(e)}`));
  }

  stop(): void {
    this.poller?.stop();
  }
}

class RunTakenOver extends Error {}
