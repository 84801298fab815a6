import type { UnitId } from '../domain/units.js';

/** Who is asking, as Teams identifies them. */
export interface StaffIdentity { aadObjectId: string | null; name: string }

/** Knows a staff member's unit and role (Microsoft Graph in production, the demo staff in local mode). */
export interface UserDirectory {
  unitOf(user: StaffIdentity): Promise<UnitId | null>;
  isCoordinator(user: StaffIdentity): Promise<boolean>;
}

/** A fixed map from object id to unit and role: local mode, and tests. */
export class StaticUserDirectory implements UserDirectory {
  constructor(private readonly units: ReadonlyMap<string, UnitId>, private readonly coordinators: ReadonlySet<string> = new Set()) {}

  async unitOf(user: StaffIdentity): Promise<UnitId | null> {
    return user.aadObjectId ? (this.units.get(user.aadObjectId) ?? null) : null;
  }

  async isCoordinator(user: StaffIdentity): Promise<boolean> {
    return user.aadObjectId !== null && this.coordinators.has(user.aadObjectId);
  }
}
