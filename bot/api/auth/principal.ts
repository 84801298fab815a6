/** What the tab API knows about the caller once the bearer token has been validated. */
/** 'dataProtection': the `DataProtection` app role (the DPO and whoever answers requests for access): may read the access log. */
export type Role = 'coordinator' | 'staff' | 'dataProtection';

export interface Principal {
  /** Entra object id (`oid`): stable per user and tenant, unlike the e-mail address. */
  userId: string;
  name: string;
  tenantId: string;
  /** Every signed-in member of staff is 'staff'; coordinators hold both, so staff-level checks never exclude them. */
  roles: Role[];
  isCoordinator: boolean;
  /** Security group ids from the token; empty when Entra left them out (group overage, see tokenValidator.ts). */
  groups: string[];
  /** True when the token came from the local issuer, so handlers and logs can tell a development sign-in apart. */
  local: boolean;
}
