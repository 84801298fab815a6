import { optOutCovers } from '../domain/contact.js';
import { containsCpr } from '../domain/cprGuard.js';
import { groupVersions, type PlanItem, type PlanSummary, type SavedPlan } from '../domain/planning/index.js';
import type { Unit } from '../domain/units.js';
import type { Stores } from '../store/index.js';
import { PlanStore } from '../store/planStore.js';
import type { ActivityFeedService } from './activityFeedService.js';
import type { OverviewService } from './overviewService.js';

export type SavePlanOutcome =
  | { kind: 'saved'; plan: SavedPlan }
  /** An opt-out arrived since the plan was suggested: the item points its unit at a company that said no. */
  | { kind: 'optedOut'; item: PlanItem; unit: Unit | null }
  | { kind: 'duplicate'; item: PlanItem }
  /** A free-text field looks like it holds a CPR number, which must never be stored. */
  | { kind: 'cpr'; field: 'note' | 'item' }
  /** The version the edit started from does not exist. */
  | { kind: 'notFound' }
  /** Someone saved a newer version since the editor opened this one: saving would silently undo their work. */
  | { kind: 'stale'; latest: PlanSummary };

/** Contact plans: a suggestion from the figures, and the coordinator's edited plans, every version kept. */
export class PlanService {
  constructor(
    private readonly stores: Pick<Stores, 'plans' | 'optOutRegister'>,
    private readonly overview: OverviewService,
    private readonly units: () => readonly Unit[],
    private readonly now: () => Date,
    /** Told of every version stored, to tell staff of their new assignments in the activity feed. */
    private readonly notices: Pick<ActivityFeedService, 'planSaved'> | null = null,
  ) {}

  async suggest(size: number, perUnitMax: number | undefined): Promise<{ items: PlanItem[]; generatedAt: string }> {
    return { items: await this.overview.suggestPlan(size, perUnitMax), generatedAt: this.now().toISOString() };
  }

  /** Newest first, each plan's versions together. */
  async list(): Promise<PlanSummary[]> {
    return groupVersions(await this.stores.plans.list());
  }

  get(id: string): Promise<SavedPlan | null> {
    return this.stores.plans.get(id);
  }

  /**
   * Stores the plan as the coordinator left it, after checking it against today's opt-outs (never a plan that
   * points a unit at a company that refused it) and against naming a company twice. Nothing is stored on a refusal.
   * With `basedOn` (the version the coordinator opened) it is stored as the next version of that plan, provided
   * that version is still the newest.
   */
  async save(
    items: readonly PlanItem[],
    note: string | null,
    by: { id: string | null; name: string },
    basedOn: string | null = null,
  ): Promise<SavePlanOutcome> {
    const savedBy = by.name;
    if (note !== null && containsCpr(note)) return { kind: 'cpr', field: 'note' };
    if (items.some((i) => containsCpr(i.companyName) || (i.person !== null && containsCpr(i.person))))
      return { kind: 'cpr', field: 'item' };
    const optOuts = await this.stores.optOutRegister.listAll();
    const seen = new Set<string>();
    for (const item of items) {
      if (optOuts.some((o) => o.cvr === item.cvr && optOutCovers(o, item.unit))) {
        return { kind: 'optedOut', item, unit: this.units().find((u) => u.id === item.unit) ?? null };
      }
      if (seen.has(item.cvr)) return { kind: 'duplicate', item };
      seen.add(item.cvr);
    }
    const at = this.now();
    const id = PlanStore.idFor(at);
    if (basedOn === null) {
      const plan: SavedPlan = { id, planId: id, version: 1, savedAt: at.toISOString(), savedBy, note, items: [...items] };
      await this.stores.plans.save(plan);
      this.notices?.planSaved(null, plan, by);
      return { kind: 'saved', plan };
    }
    const base = await this.stores.plans.get(basedOn);
    if (!base) return { kind: 'notFound' };
    const latest = await this.stores.plans.latestOf(base.planId);
    if (latest && latest.id !== base.id) return { kind: 'stale', latest };
    const plan: SavedPlan = {
      id,
      planId: base.planId,
      version: base.version + 1,
      savedAt: at.toISOString(),
      savedBy,
      note,
      items: [...items],
    };
    if (await this.stores.plans.save(plan)) {
      this.notices?.planSaved(base.items, plan, by);
      return { kind: 'saved', plan };
    }
    // Another save took this version number between the check and the write.
    return { kind: 'stale', latest: (await this.stores.plans.latestOf(base.planId)) ?? latest ?? { ...plan, itemCount: items.length } };
  }
}
