/**
 * Staff units and the coordinator role from Microsoft Graph (app-only). A turn must never fail or stall
 * because Graph does: every call has a deadline, a failure answers "unknown" (null / false) and is logged at
 * most once a minute, and only real answers (including "no such user") are cached, so Graph is asked again
 * as soon as it is back. Needs the application permissions User.Read.All and GroupMember.Read.All.
 */
import type { TokenCredential } from '@azure/identity';
import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import type { UnitId } from '../../domain/units.js';
import type { StaffIdentity, UserDirectory } from '../userDirectory.js';
import { DEFAULT_DEPARTMENT_RULES, unitForDepartment, type DepartmentRule } from './departmentUnits.js';
import { createGraphClient, DEFAULT_GRAPH_BASE_URL, describeGraphError, GRAPH_SCOPE } from './graphClient.js';
import { ThrottledLog } from './throttledLog.js';
import { TtlCache } from '../../util/ttlCache.js';

export interface GraphUserDirectoryOptions {
  credential: TokenCredential;
  /** Default https://graph.microsoft.com/v1.0; tests point it at a local stub. */
  baseUrl?: string;
  scopes?: string[];
  /** Members of this Entra group are coordinators; null: nobody is one through Graph. */
  coordinatorGroupId: string | null;
  departmentRules?: readonly DepartmentRule[];
  /** Deadline per Graph call, token included (default 3 s). */
  timeoutMs?: number;
  /** How long an answer is trusted (default 1 hour): a move between units shows within that. */
  cacheTtlMs?: number;
  cacheMaxEntries?: number;
  log: (message: string) => void;
  /** Minimum time between two failure lines (default 1 minute). */
  logIntervalMs?: number;
  now?: () => number;
}

export const DEFAULT_GRAPH_TIMEOUT_MS = 3_000;
export const DEFAULT_CACHE_TTL_MS = 60 * 60_000;
export const DEFAULT_CACHE_MAX_ENTRIES = 5_000;

/** Entra object ids are GUIDs; anything else (a local id) is not worth a round trip that can only fail. */
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Outcome<T> = { ok: true; value: T } | { ok: false };

interface GraphUser { department?: string | null; officeLocation?: string | null }

export class GraphUserDirectory implements UserDirectory {
  private readonly client: Client;
  private readonly cache: TtlCache<UnitId | null | boolean>;
  private readonly inFlight = new Map<string, Promise<Outcome<UnitId | null | boolean>>>();
  private readonly failures: ThrottledLog;
  private readonly rules: readonly DepartmentRule[];
  private readonly timeoutMs: number;
  private readonly groupId: string | null;

  constructor(options: GraphUserDirectoryOptions) {
    this.client = createGraphClient(options.credential, options.baseUrl ?? DEFAULT_GRAPH_BASE_URL, options.scopes ?? [GRAPH_SCOPE]);
    const now = options.now ?? Date.now;
    this.cache = new TtlCache(options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS, options.cacheMaxEntries ?? DEFAULT_CACHE_MAX_ENTRIES, now);
    this.failures = new ThrottledLog(options.log, options.logIntervalMs ?? 60_000, now);
    this.rules = options.departmentRules ?? DEFAULT_DEPARTMENT_RULES;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_GRAPH_TIMEOUT_MS;
    this.groupId = options.coordinatorGroupId;
  }

  async unitOf(user: StaffIdentity): Promise<UnitId | null> {
    const id = objectId(user);
    if (id === null) return null;
    const answer = await this.cached(`unit:${id}`, 'look up the unit', async (signal) => {
      const u = await this.orNotFound<GraphUser>(
        this.client.api(`/users/${encodeURIComponent(id)}`).select(['department', 'officeLocation']).option('signal', signal).get());
      if (u === null) return null;
      // The office is asked for too: some tenants keep the unit there and the department at a higher level.
      return unitForDepartment(u.department, this.rules) ?? unitForDepartment(u.officeLocation, this.rules);
    });
    return typeof answer === 'string' ? answer : null;
  }

  async isCoordinator(user: StaffIdentity): Promise<boolean> {
    const id = objectId(user);
    const groupId = this.groupId;
    if (id === null || groupId === null) return false;
    const answer = await this.cached(`coordinator:${id}`, 'check the coordinator group', async (signal) => {
      const r = await this.orNotFound<{ value?: string[] }>(
        this.client.api(`/users/${encodeURIComponent(id)}/checkMemberGroups`).option('signal', signal).post({ groupIds: [groupId] }));
      return (r?.value ?? []).some((g) => g.toLowerCase() === groupId.toLowerCase());
    });
    return answer === true;
  }

  /** Forgets every answer, e.g. after the coordinator group changed. */
  clear(): void {
    this.cache.clear();
  }

  /** Concurrent turns for one person share a single request, and its answer is cached only if it is one. */
  private async cached(key: string, what: string, ask: (signal: AbortSignal) => Promise<UnitId | null | boolean>): Promise<UnitId | null | boolean | undefined> {
    const hit = this.cache.get(key);
    if (hit) return hit.value;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.withDeadline(what, ask).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    const outcome = await pending;
    if (!outcome.ok) return undefined;
    this.cache.set(key, outcome.value);
    return outcome.value;
  }

  private async withDeadline<T>(what: string, ask: (signal: AbortSignal) => Promise<T>): Promise<Outcome<T>> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new Error(`no answer within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
    });
    try {
      return { ok: true, value: await Promise.race([ask(controller.signal), deadline]) };
    } catch (e) {
      this.failures.report(`Microsoft Graph: could not ${what}: ${describeGraphError(e)}. Answering without Graph until it recovers.`);
      return { ok: false };
    } finally {
      clearTimeout(timer);
    }
  }

  /** A user Entra does not know (404) is an answer, not a failure. */
  private async orNotFound<T>(request: Promise<T>): Promise<T | null> {
    try {
      return await request;
    } catch (e) {
      if (e instanceof GraphError && e.statusCode === 404) return null;
      throw e;
    }
  }
}

function objectId(user: StaffIdentity): string | null {
  return user.aadObjectId !== null && OBJECT_ID.test(user.aadObjectId) ? user.aadObjectId : null;
}
