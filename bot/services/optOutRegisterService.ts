import type { OptOutListResponse } from '../contract/api.js';
import type { AccessReader } from '../domain/dataProtection/accessLog.js';
import type { UnitId } from '../domain/units.js';
import type { OptOutRegisterStore } from '../store/optOutRegisterStore.js';
import type { AccessLog } from './accessLogService.js';

export type OptOutStatus = 'active' | 'revoked' | 'all';

export interface OptOutQuery {
  status: OptOutStatus;
  /** Only opt-outs that cover this unit (an opt-out from every unit covers all); null for all units. */
  unit: UnitId | null;
  /** Lower-case text found in the CVR number, the company's name or the reason; '' for any. */
  text: string;
}

/** The municipality-wide register of opt-outs as the tab lists it: filtered, named, newest registration first. */
export class OptOutRegisterService {
  constructor(
    private readonly register: Pick<OptOutRegisterStore, 'listAll'>,
    private readonly companyName: (cvr: string) => string | null,
    private readonly accessLog: AccessLog,
  ) {}

  /** The list shows companies' data, so every company in it is logged as read by `reader`. */
  async list(q: OptOutQuery, reader: AccessReader): Promise<OptOutListResponse['optOuts']> {
    const all = await this.register.listAll();
    const optOuts = all
      .filter((o) => (q.status === 'all' ? true : q.status === 'active' ? o.revokedAt === null : o.revokedAt !== null))
      .filter((o) => !q.unit || o.scope.kind === 'all' || o.scope.units.includes(q.unit))
      .map((o) => ({ ...o, companyName: this.companyName(o.cvr) }))
      .filter(
        (o) =>
          !q.text ||
          o.cvr.includes(q.text) ||
          (o.companyName ?? '').toLowerCase().includes(q.text) ||
          o.reason.toLowerCase().includes(q.text),
      )
      .sort((a, b) => b.registeredAt.localeCompare(a.registeredAt));
    await this.accessLog.record(reader, [...new Set(optOuts.map((o) => o.cvr))]);
    return optOuts;
  }
}
