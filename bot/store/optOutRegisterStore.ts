import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import type { OptOut } from '../domain/contact.js';
import { chunks } from '../util/collections.js';
import { decodeOptOut, optOutProps } from './historyCodec.js';

/**
 * Table OptOuts: the municipality-wide register of opt-outs in one partition ("register"), RowKey
 * <cvr>_<id>, so the coordinator's list is one partition query. It is an index of the o_ rows in
 * CompanyHistory (the record of truth for the bot's answers) and is rewritten from them on retry.
 */
const PARTITION = 'register';

export class OptOutRegisterStore {
  constructor(private readonly table: TableClient) {}

  upsert(o: OptOut): Promise<unknown> {
    return this.table.upsertEntity({ partitionKey: PARTITION, rowKey: `${o.cvr}_${o.id}`, ...optOutProps(o) }, 'Replace');
  }

  async upsertMany(optOuts: readonly OptOut[]): Promise<void> {
    for (const batch of chunks(optOuts, 100)) {
      await this.table.submitTransaction(batch.map((o): TransactionAction => [
        'upsert', { partitionKey: PARTITION, rowKey: `${o.cvr}_${o.id}`, ...optOutProps(o) }, 'Replace',
      ]));
    }
  }

  async listAll(): Promise<OptOut[]> {
    const out: OptOut[] = [];
    for await (const e of this.table.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${PARTITION}` } })) out.push(decodeOptOut(e));
    return out;
  }
}
