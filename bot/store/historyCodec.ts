import type { TableEntityResult } from '@azure/data-tables';
import type { AuditAction, AuditEntry } from '../domain/audit.js';
import type { Contact, OptOut, OptOutScope } from '../domain/contact.js';
import type { ContactChannel } from '../domain/units.js';
import { num, present, reqStr, str, type EntityProps } from './entityFields.js';

/** Row-key prefixes of the kinds of rows in a company's CompanyHistory partition. */
export const CONTACT_PREFIX = 'c_';
export const OPT_OUT_PREFIX = 'o_';
export const AUDIT_PREFIX = 'a_';
/**
 * The company's version row: every write to the partition replaces it in the same transaction, so its ETag
 * changes whenever the history does. Its key sorts before every other row, so a partition query reads it first:
 * a row written while a long query runs can make the cached version stale, never the other way round.
 */
export const VERSION_KEY = '0_version';

type Entity = TableEntityResult<Record<string, unknown>>;

export function contactProps(c: Contact): EntityProps {
  return present({
    id: c.id, cvr: c.cvr, unit: c.unit, staffName: c.staffName, staffId: c.staffId, date: c.date,
    channel: c.channel, purpose: c.purpose, outcome: c.outcome, followUpDate: c.followUpDate, note: c.note,
    rating: c.rating, createdAt: c.createdAt, createdBy: c.createdBy,
  });
}

export function decodeContact(e: Entity): Contact {
  return {
    id: reqStr(e, 'id'),
    cvr: reqStr(e, 'cvr'),
    unit: reqStr(e, 'unit'),
    staffName: reqStr(e, 'staffName'),
    staffId: str(e, 'staffId'),
    date: reqStr(e, 'date'),
    channel: reqStr(e, 'channel') as ContactChannel,
    purpose: reqStr(e, 'purpose'),
    outcome: str(e, 'outcome'),
    followUpDate: str(e, 'followUpDate'),
    note: str(e, 'note'),
    rating: num(e, 'rating'),
    createdAt: reqStr(e, 'createdAt'),
    createdBy: reqStr(e, 'createdBy'),
  };
}

export function optOutProps(o: OptOut): EntityProps {
  return present({
    id: o.id, cvr: o.cvr, pNumber: o.pNumber, scope: JSON.stringify(o.scope), reason: o.reason, source: o.source,
    date: o.date, registeredAt: o.registeredAt, registeredBy: o.registeredBy, revokedAt: o.revokedAt,
    revokedBy: o.revokedBy, revokeReason: o.revokeReason,
  });
}

export function decodeOptOut(e: Entity): OptOut {
  return {
    id: reqStr(e, 'id'),
    cvr: reqStr(e, 'cvr'),
    pNumber: str(e, 'pNumber'),
    scope: JSON.parse(reqStr(e, 'scope')) as OptOutScope,
    reason: reqStr(e, 'reason'),
    source: reqStr(e, 'source'),
    date: reqStr(e, 'date'),
    registeredAt: reqStr(e, 'registeredAt'),
    registeredBy: reqStr(e, 'registeredBy'),
    revokedAt: str(e, 'revokedAt'),
    revokedBy: str(e, 'revokedBy'),
    revokeReason: str(e, 'revokeReason'),
  };
}

export function auditProps(a: AuditEntry): EntityProps {
  return present({ id: a.id, cvr: a.cvr, action: a.action, subjectId: a.subjectId, actorName: a.actorName, actorId: a.actorId, at: a.at });
}

export function decodeAudit(e: Entity): AuditEntry {
  return {
    id: reqStr(e, 'id'),
    cvr: reqStr(e, 'cvr'),
    action: reqStr(e, 'action') as AuditAction,
    subjectId: reqStr(e, 'subjectId'),
    actorName: reqStr(e, 'actorName'),
    actorId: str(e, 'actorId'),
    at: reqStr(e, 'at'),
  };
}
