import { odata, type TableClient } from '@azure/data-tables';
import type { FeedMember } from '../domain/activityFeed/notices.js';
import { bool, reqStr, safeKey, str } from './entityFields.js';
import { isNotFound } from './tableSet.js';

/**
 * Table Settings, partition "activity-feed": each staff member's choice of activity-feed notices (RowKey = their
 * Entra object id, escaped), with the name and unit they had when they chose, so a plan item given to a unit can
 * reach its members. One partition query reads the whole register: it holds the municipality's staff, a few hundred rows.
 */
const PARTITION = 'activity-feed';

export class ActivityFeedStore {
  constructor(private readonly table: TableClient) {}

  async get(userId: string): Promise<FeedMember | null> {
    try {
      return decode(await this.table.getEntity(PARTITION, safeKey(userId)));
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  async save(member: FeedMember, at: Date): Promise<void> {
    await this.table.upsertEntity(
      {
        partitionKey: PARTITION,
        rowKey: safeKey(member.userId),
        userId: member.userId,
        displayName: member.displayName,
        ...(member.unit ? { unit: member.unit } : {}),
        notify: member.choice.notify,
        unitItems: member.choice.unitItems,
        updatedAt: at.toISOString(),
      },
      'Replace',
    );
  }

  async list(): Promise<FeedMember[]> {
    const members: FeedMember[] = [];
    for await (const e of this.table.listEntities<Record<string, unknown>>({
      queryOptions: { filter: odata`PartitionKey eq ${PARTITION}` },
    }))
      members.push(decode(e));
    return members;
  }
}

function decode(e: Record<string, unknown>): FeedMember {
  return {
    userId: reqStr(e, 'userId'),
    displayName: str(e, 'displayName') ?? '',
    unit: str(e, 'unit'),
    choice: { notify: bool(e, 'notify'), unitItems: bool(e, 'unitItems') },
  };
}
