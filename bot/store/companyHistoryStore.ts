import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import type { Contact, OptOut } from '../domain/contact.js';
import { chunks, groupBy, mapLimit } from '../util/collections.js';
import { CONTACT_PREFIX, contactProps, decodeContact, decodeOptOut, OPT_OUT_PREFIX, optOutProps } from './historyCodec.js';
import { isConflict } from './tableSet.js';

export interface CompanyHistory { contacts: Contact[]; optOuts: OptOut[] }

export type InsertOutcome<T> = { created: true; stored: T } | { created: false; stored: T };

/**
 * Table CompanyHistory: one partition per company (PartitionKey = CVR) holding its contacts (c_<id>) and
 * opt-outs (o_<id>), so "who contacted company X, and may we call?" is a single partition query.
 * Erasing a company's contact data deletes only c_ rows: the opt-out rows are its GDPR Art. 21
 * suppression entry and stay.
 */
export class CompanyHistoryStore {
  constructor(private readonly table: TableClient) {}

  async read(cvr: string): Promise<CompanyHistory> {
    const history: CompanyHistory = { contacts: [], optOuts: [] };
    const filter = odata`PartitionKey eq ${cvr}`;
    for await (const e of this.table.listEntities({ queryOptions: { filter } })) {
      if (e.rowKey?.startsWith(CONTACT_PREFIX)) history.contacts.push(decodeContact(e));
      else if (e.rowKey?.startsWith(OPT_OUT_PREFIX)) history.optOuts.push(decodeOptOut(e));
    }
    return history;
  }

  /** Conditional insert keyed by the contact id: a retried submit finds the first one and stores nothing. */
  insertContact(c: Contact): Promise<InsertOutcome<Contact>> {
    return this.insertOnce(c.cvr, CONTACT_PREFIX + c.id, contactProps(c), c, decodeContact);
  }

  insertOptOut(o: OptOut): Promise<InsertOutcome<OptOut>> {
    return this.insertOnce(o.cvr, OPT_OUT_PREFIX + o.id, optOutProps(o), o, decodeOptOut);
  }

  /** Bulk load (demo data, benchmarks): one transaction per 100 rows of a company; replays are harmless. */
  upsertContacts(contacts: readonly Contact[]): Promise<void> {
    return this.upsertRows(contacts, (c) => [c.cvr, CONTACT_PREFIX + c.id, contactProps(c)]);
  }

  upsertOptOuts(optOuts: readonly OptOut[]): Promise<void> {
    return this.upsertRows(optOuts, (o) => [o.cvr, OPT_OUT_PREFIX + o.id, optOutProps(o)]);
  }

  private async upsertRows<T>(items: readonly T[], keyed: (item: T) => [string, string, Record<string, unknown>]): Promise<void> {
    const byCompany = [...groupBy(items.map(keyed), ([cvr]) => cvr)];
    await mapLimit(byCompany, 8, async ([cvr, rows]) => {
      for (const batch of chunks(rows, 100)) {
        await this.table.submitTransaction(batch.map(([, rowKey, props]): TransactionAction => [
          'upsert', { partitionKey: cvr, rowKey, ...props }, 'Replace',
        ]));
      }
    });
  }

  private async insertOnce<T>(
    cvr: string, rowKey: string, props: Record<string, unknown>, value: T,
    decode: (e: Parameters<typeof decodeContact>[0]) => T,
  ): Promise<InsertOutcome<T>> {
    try {
      await this.table.createEntity({ partitionKey: cvr, rowKey, ...props });
      return { created: true, stored: value };
    } catch (e) {
      if (!isConflict(e)) throw e;
      return { created: false, stored: decode(await this.table.getEntity(cvr, rowKey)) };
    }
  }
}
