import type { OverviewResponse } from '../contract/api.js';
import { addDays, copenhagenDay } from '../domain/danishTime.js';
import { buildOverview } from '../domain/overview/index.js';
import { generatePlan, type PlanItem } from '../domain/planning/index.js';
import type { ContactWindows } from '../domain/strategy/index.js';
import type { Unit, UnitId } from '../domain/units.js';
import type { OptOutRegisterStore } from '../store/optOutRegisterStore.js';
import type { CompanyDirectory } from './companyDirectory.js';
import type { ContactReadModel } from './contactReadModel.js';

export const DEFAULT_PERIOD_DAYS = 90;
export const MAX_PLAN_SIZE = 100;

export interface OverviewSettings { windows(): ContactWindows; silenceMonths(): number }

/** The coordinator's overview and plan suggestions, computed from the in-memory register and read model. */
export class OverviewService {
  constructor(
    private readonly directory: CompanyDirectory,
    private readonly readModel: ContactReadModel,
    private readonly optOuts: OptOutRegisterStore,
    private readonly settings: OverviewSettings,
    private readonly units: () => readonly Unit[],
    private readonly now: () => Date,
    /** CVR numbers the CVR sync found new lately (none when it is off). */
    private readonly newCompanies: () => Promise<ReadonlySet<string>> = async () => new Set(),
  ) {}

  today(): string {
    return copenhagenDay(this.now());
  }

  defaultPeriod(): { from: string; to: string } {
    const to = this.today();
    return { from: addDays(to, -(DEFAULT_PERIOD_DAYS - 1)), to };
  }

  async overview(period: { from: string; to: string }, unit: UnitId | null): Promise<OverviewResponse> {
    const overview = buildOverview({
      companies: [...this.directory.all()],
      contacts: this.readModel.contacts(),
      optOuts: await this.optOuts.listAll(),
      period,
      today: this.today(),
      unit,
      windows: this.settings.windows(),
      silenceMonths: this.settings.silenceMonths(),
    });
    return { period, unit, overview, asOf: this.now().toISOString(), contactsInModel: this.readModel.size };
  }

  async suggestPlan(size: number, perUnitMax: number | undefined): Promise<PlanItem[]> {
    return generatePlan({
      companies: [...this.directory.all()],
      contacts: this.readModel.contacts(),
      optOuts: await this.optOuts.listAll(),
      today: this.today(),
      // A plan names one unit per company, so it keeps to the overall window rather than any pair's.
      windowDays: this.settings.windows().overallDays,
      silenceMonths: this.settings.silenceMonths(),
      units: this.units(),
      size: Math.min(Math.max(1, size), MAX_PLAN_SIZE),
      perUnitMax,
      newCompanies: await this.newCompanies(),
    });
  }
}
