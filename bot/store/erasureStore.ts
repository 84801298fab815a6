import { odata, type TableClient, type TableEntityResult, type TransactionAction } from '@azure/data-tables';
import type { OptOut } from '../domain/contact.js';
import { addCount, redact, type ErasureCounts } from '../domain/dataProtection/erasure.js';
import { mapLimit } from '../util/collections.js';
import { deleteKeys, type RowKeys } from './bulkDelete.js';
import { journalPartition } from './contactJournalStore.js';
import { chunkedText, joinChunks } from './entityFields.js';
import { CONTACT_PREFIX, decodeOptOut, OPT_OUT_PREFIX, VERSION_KEY } from './historyCodec.js';
import { rowsOf } from './keyRange.js';
import { minimisedOptOut, writeMinimised } from './retentionSweeps.js';
import type { TableName, TableSet } from './tableSet.js';

/** Listed entities always carry their keys; the SDK's type leaves them optional. */
type Entity = TableEntityResult<Record<string, unknown>> & RowKeys;

/**
 * Tables a person's name is searched in. Left out, on purpose: Companies and CompanyChanges (register facts from
 * CVR, re-imported on the next import), Strategy (gzipped JSON naming staff as company owners: the coordinator
 * edits it), and the access log (the record of who read what, kept until its retention period; GDPR art. 17(3)).
 */
export const PERSON_TABLES: readonly TableName[] = [
  'CompanyHistory', 'ContactJournal', 'OptOuts', 'Feedback', 'FeedbackLinks', 'Plans', 'Proposals', 'Settings', 'Leases', 'ConversationRefs', 'PrivacyAudit',
];

/** Properties that are keys or bookkeeping, never text a person wrote. */
const SYSTEM = new Set(['partitionKey', 'rowKey', 'etag', 'timestamp', 'odata.etag', 'odata.metadata']);

/**
 * Erasure in storage. Each operation has a dry form (`apply` false) that only counts, for the preview; the counts
 * are keyed by table and kind of row. Deletes are idempotent (a row already gone is skipped), so a request that
 * failed half-way is completed by running it again.
 */
export class ErasureStore {
  constructor(private readonly t: TableSet) {}

  /** One contact: its history row and its journal row. */
  async contact(cvr: string, contactId: string, apply: boolean): Promise<ErasureCounts> {
    const counts: ErasureCounts = {};
    const history = await this.exists(this.t.CompanyHistory, cvr, CONTACT_PREFIX + contactId);
    const journal = await this.exists(this.t.ContactJournal, journalPartition(contactId), contactId);
    if (history) addCount(counts, 'CompanyHistory.contact');
    if (journal) addCount(counts, 'ContactJournal.contact');
    if (apply) {
      await deleteKeys(this.t.ContactJournal, [{ partitionKey: journalPartition(contactId), rowKey: contactId }]);
      if (history) await this.t.CompanyHistory.submitTransaction([['delete', { partitionKey: cvr, rowKey: CONTACT_PREFIX + contactId }], versionRow(cvr)]);
    }
    return counts;
  }

  /**
   * Everything the product holds about a company but its suppression record: its contacts (history and journal),
   * audit trail, feedback links and answers, its items in saved plans and their claims. Its opt-outs are kept,
   * minimised to CVR, scope, date and source. Returns the contact ids removed, so read models can forget them.
   */
  async company(cvr: string, apply: boolean): Promise<{ counts: ErasureCounts; contactIds: string[] }> {
    const counts: ErasureCounts = {};
    const history: Entity[] = [];
    for await (const e of this.t.CompanyHistory.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${cvr}` } })) history.push(e as Entity);
    const contactIds = history.filter((e) => e.rowKey.startsWith(CONTACT_PREFIX)).map((e) => e.rowKey.slice(CONTACT_PREFIX.length));
    const optOuts = history.filter((e) => e.rowKey.startsWith(OPT_OUT_PREFIX)).map((e) => decodeOptOut(e));
    const doomed = history.filter((e) => !e.rowKey.startsWith(OPT_OUT_PREFIX) && e.rowKey !== VERSION_KEY);
    for (const e of doomed) addCount(counts, `CompanyHistory.${e.rowKey.startsWith(CONTACT_PREFIX) ? 'contact' : 'audit'}`);
    addCount(counts, 'ContactJournal.contact', contactIds.length);
    addCount(counts, 'CompanyHistory.optOut.minimised', optOuts.filter((o) => o.registeredBy !== '').length);
    const links = await keys(this.t.FeedbackLinks, odata`PartitionKey eq ${cvr}`);
    addCount(counts, 'FeedbackLinks.linkOrAnswer', links.length);
    const copies = await keys(this.t.Feedback, `${odata`PartitionKey eq ${'responses'}`} and ${rowsOf(`${cvr}_`)}`);
    addCount(counts, 'Feedback.answer', copies.length);
    const plans = await this.planRowsWith((items) => items.filter((i) => i.cvr !== cvr));
    addCount(counts, 'Plans.item', plans.reduce((n, p) => n + p.removed, 0));
    const claims = await keys(this.t.Leases, odata`RowKey eq ${cvr}`);
    const planClaims = claims.filter((k) => k.partitionKey.startsWith('claim-'));
    addCount(counts, 'Leases.planClaim', planClaims.length);
    if (apply) {
      await deleteKeys(this.t.ContactJournal, contactIds.map((id) => ({ partitionKey: journalPartition(id), rowKey: id })));
      await deleteKeys(this.t.CompanyHistory, doomed.map((e) => ({ partitionKey: cvr, rowKey: e.rowKey })));
      await this.t.CompanyHistory.submitTransaction([versionRow(cvr)]);
      await mapLimit(optOuts.filter((o) => o.registeredBy !== ''), 4, (o: OptOut) => writeMinimised(this.t, minimisedOptOut(o)));
      await deleteKeys(this.t.Feedback, copies);
      await deleteKeys(this.t.FeedbackLinks, links);
      await deleteKeys(this.t.Leases, planClaims);
      for (const p of plans) await this.t.Plans.updateEntity({ partitionKey: 'plans', rowKey: p.id, ...p.props }, 'Merge');
    }
    return { counts, contactIds };
  }

  /**
   * A named person, wherever the name stands in a text property of the tables in PERSON_TABLES: replaced by
   * "[slettet]" (a note stays, without the name). Plans' items are JSON over numbered properties and are redacted
   * as one text. History partitions touched get a new version row, so no instance trusts a cached copy.
   */
  async person(pattern: RegExp, apply: boolean): Promise<ErasureCounts> {
    const counts: ErasureCounts = {};
    for (const name of PERSON_TABLES) {
      const table = this.t[name];
      const touched = new Set<string>();
      const updates: Record<string, unknown>[] = [];
      for await (const listed of table.listEntities()) {
        const e = listed as Entity;
        const changed = redactEntity(e, pattern);
        if (!changed) continue;
        addCount(counts, `${name}.${kindOf(name, e.rowKey)}`);
        updates.push({ partitionKey: e.partitionKey, rowKey: e.rowKey, ...changed });
        touched.add(e.partitionKey);
      }
      if (!apply) continue;
      await mapLimit(updates, 8, (u) => table.updateEntity(u as RowKeys, 'Merge'));
      if (name === 'CompanyHistory') for (const cvr of touched) await table.submitTransaction([versionRow(cvr)]);
    }
    return counts;
  }

  private async planRowsWith(keep: (items: { cvr: string }[]) => { cvr: string }[]): Promise<{ id: string; removed: number; props: Record<string, string | number> }[]> {
    const out = [];
    for await (const listed of this.t.Plans.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${'plans'}` } })) {
      const e = listed as Entity;
      const items = JSON.parse(joinChunks(e, 'items') || '[]') as { cvr: string }[];
      const kept = keep(items);
      if (kept.length === items.length) continue;
      out.push({ id: e.rowKey, removed: items.length - kept.length, props: { ...itemChunks(e, JSON.stringify(kept)), itemCount: kept.length } });
    }
    return out;
  }

  private async exists(table: TableClient, pk: string, rk: string): Promise<boolean> {
    try {
      await table.getEntity(pk, rk);
      return true;
    } catch (e) {
      if ((e as { statusCode?: number }).statusCode === 404) return false;
      throw e;
    }
  }
}

function versionRow(cvr: string): TransactionAction {
  return ['upsert', { partitionKey: cvr, rowKey: VERSION_KEY }, 'Replace'];
}

async function keys(table: TableClient, filter: string): Promise<RowKeys[]> {
  const out: RowKeys[] = [];
  for await (const e of table.listEntities({ queryOptions: { filter, select: ['PartitionKey', 'RowKey'] } })) {
    out.push({ partitionKey: e.partitionKey as string, rowKey: e.rowKey as string });
  }
  return out;
}

/** The new items chunks, with every chunk the old text had and the new one lacks set empty (Merge keeps what it is not given). */
function itemChunks(e: Entity, json: string): Record<string, string> {
  const parts = chunkedText('items', json, 20) ?? {};
  for (let i = 0; typeof e[`items${i}`] === 'string'; i++) parts[`items${i}`] ??= '';
  return parts;
}

/** The changed text properties of an entity with the name replaced, or null when the name is nowhere in it. */
function redactEntity(e: Entity, pattern: RegExp): Record<string, string> | null {
  const changed: Record<string, string> = {};
  if (typeof e.items0 === 'string') {
    const redacted = redact(joinChunks(e, 'items'), pattern);
    if (redacted !== null) Object.assign(changed, itemChunks(e, redacted));
  }
  for (const [k, v] of Object.entries(e)) {
    if (SYSTEM.has(k) || typeof v !== 'string' || /^items\d+$/.test(k)) continue;
    const redacted = redact(v, pattern);
    if (redacted !== null) changed[k] = redacted;
  }
  return Object.keys(changed).length > 0 ? changed : null;
}

function kindOf(table: TableName, rowKey: string): string {
  if (table === 'CompanyHistory') return rowKey.startsWith('c_') ? 'contact' : rowKey.startsWith('o_') ? 'optOut' : 'audit';
  if (table === 'FeedbackLinks') return rowKey.startsWith('r_') ? 'answer' : 'link';
  return 'row';
}
