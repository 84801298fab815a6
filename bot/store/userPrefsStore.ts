import type { TableClient } from '@azure/data-tables';
import { safeKey, str } from './entityFields.js';
import { isNotFound } from './tableSet.js';

/**
 * Table Settings, partition "user-unit": the unit each staff member last logged a contact for, so the log
 * card can preselect it (RowKey = the user's Entra object id, or Teams id without one).
 */
const PARTITION = 'user-unit';

export class UserPrefsStore {
  constructor(private readonly table: TableClient) {}

  async lastUnit(userKey: string): Promise<string | null> {
    try {
      return str(await this.table.getEntity(PARTITION, safeKey(userKey)), 'unit');
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  async setLastUnit(userKey: string, unit: string): Promise<void> {
    await this.table.upsertEntity({ partitionKey: PARTITION, rowKey: safeKey(userKey), unit }, 'Replace');
  }
}
