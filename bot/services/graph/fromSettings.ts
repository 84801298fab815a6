/** The Graph directory as start-up builds it from settings: a client secret, else a managed identity. */
import { ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import type { DepartmentRule } from './departmentUnits.js';
import { GraphUserDirectory } from './graphUserDirectory.js';

export interface GraphDirectorySettings {
  /** Entra tenant and app registration with User.Read.All and GroupMember.Read.All (application). */
  tenantId: string | null;
  clientId: string | null;
  clientSecret: string | null;
  /** Client id of a user-assigned managed identity holding those permissions; used when there is no secret. */
  managedIdentityClientId: string | null;
  coordinatorGroupId: string | null;
  baseUrl?: string;
  departmentRules?: readonly DepartmentRule[];
  timeoutMs?: number;
}

/**
 * A secret wins when both are set: it is what a developer sets on purpose, while a managed identity id may be
 * present for other reasons (storage). Throws on incomplete settings: that is a start-up error, not a turn's.
 */
export function graphCredential(s: GraphDirectorySettings): TokenCredential {
  if (s.clientSecret) {
    if (!s.tenantId || !s.clientId) throw new Error('Microsoft Graph: a client secret needs the tenant id and client id too');
    return new ClientSecretCredential(s.tenantId, s.clientId, s.clientSecret);
  }
  if (s.managedIdentityClientId) return new ManagedIdentityCredential({ clientId: s.managedIdentityClientId });
  throw new Error('Microsoft Graph: set a client secret or a managed identity client id');
}

export function graphDirectoryFromSettings(settings: GraphDirectorySettings, log: (message: string) => void): GraphUserDirectory {
  return new GraphUserDirectory({
    credential: graphCredential(settings), baseUrl: settings.baseUrl, coordinatorGroupId: settings.coordinatorGroupId,
    departmentRules: settings.departmentRules, timeoutMs: settings.timeoutMs, log,
  });
}
