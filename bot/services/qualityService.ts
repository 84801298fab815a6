import type { QualityResponse } from '../contract/qualityContract.js';
import { copenhagenDay } from '../domain/danishTime.js';
import type { CompanyFeedback } from '../domain/feedback.js';
import type { Period } from '../domain/overview/types.js';
import { buildQuality, defaultQualityPeriod, feedbackFrom } from '../domain/quality/index.js';
import type { Purpose, Unit, UnitId } from '../domain/units.js';
import type { CompanyDirectory } from './companyDirectory.js';
import type { ContactReadModel } from './contactReadModel.js';

/** The companies' own answers received from one Copenhagen day to another, both included. */
export type CompanyFeedbackSource = (fromDay: string, toDay: string) => Promise<CompanyFeedback[]>;

export interface QualityDeps {
  readModel: ContactReadModel;
  directory: CompanyDirectory;
  companyFeedback: CompanyFeedbackSource;
  units: () => readonly Unit[];
  purposes: () => readonly Purpose[];
  now: () => Date;
}

/**
 * The quality page: staff-recorded ratings come from the in-memory read model (36 months), the companies' own
 * answers from the feedback port, read from the first day the figures compare with (the period before, and the
 * look-back of "feedback fell") to the period's end.
 */
export class QualityService {
  constructor(private readonly d: QualityDeps) {}

  today(): string {
    return copenhagenDay(this.d.now());
  }

  defaultPeriod(): Period {
    return defaultQualityPeriod(this.today());
  }

  async quality(period: Period, unit: UnitId | null): Promise<QualityResponse> {
    const answers = await this.d.companyFeedback(feedbackFrom(period), period.to);
    const quality = buildQuality({
      contacts: this.d.readModel.contacts(),
      companyFeedback: answers,
      period,
      unit,
      units: this.d.units(),
      purposes: this.d.purposes(),
      companyName: (cvr) => this.d.directory.get(cvr)?.name ?? null,
    });
    return { period, unit, quality, asOf: this.d.now().toISOString() };
  }
}
