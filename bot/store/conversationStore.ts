import { odata, type TableClient } from '@azure/data-tables';
import { reqStr, str } from './entityFields.js';
import { isNotFound } from './tableSet.js';

/**
 * Table ConversationRefs: where the bot is installed (PartitionKey "conv", RowKey the encoded conversation
 * id), so it can post without being spoken to; and in table Settings, partition "digest", the channel the
 * coordinator chose for the digest and the plans.
 */
const PARTITION = 'conv';

export interface StoredConversation {
  conversationId: string;
  /** The Bot Framework ConversationReference as JSON (opaque to the stores). */
  reference: string;
  kind: 'channel' | 'groupChat' | 'personal';
  teamName: string | null;
  channelName: string | null;
  installedAt: string;
}

export interface DigestTarget { conversationId: string; label: string; setBy: string; setAt: string }

export class ConversationStore {
  constructor(private readonly refs: TableClient, private readonly settings: TableClient) {}

  async save(c: StoredConversation): Promise<void> {
    await this.refs.upsertEntity({ partitionKey: PARTITION, rowKey: key(c.conversationId), ...c, teamName: c.teamName ?? '', channelName: c.channelName ?? '' }, 'Replace');
  }

  async remove(conversationId: string): Promise<void> {
    try {
      await this.refs.deleteEntity(PARTITION, key(conversationId));
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
    const target = await this.target();
    if (target?.conversationId === conversationId) await this.settings.deleteEntity('digest', 'target').catch(() => undefined);
  }

  async get(conversationId: string): Promise<StoredConversation | null> {
    try {
      return decode(await this.refs.getEntity(PARTITION, key(conversationId)));
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  async list(): Promise<StoredConversation[]> {
    const out: StoredConversation[] = [];
    for await (const e of this.refs.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${PARTITION}` } })) out.push(decode(e));
    return out;
  }

  async setTarget(t: DigestTarget): Promise<void> {
    await this.settings.upsertEntity({ partitionKey: 'digest', rowKey: 'target', ...t }, 'Replace');
  }

  async target(): Promise<DigestTarget | null> {
    try {
      const e = await this.settings.getEntity('digest', 'target');
      return { conversationId: reqStr(e, 'conversationId'), label: reqStr(e, 'label'), setBy: reqStr(e, 'setBy'), setAt: reqStr(e, 'setAt') };
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }
}

function key(conversationId: string): string {
  return Buffer.from(conversationId, 'utf8').toString('base64url');
}

function decode(e: Record<string, unknown>): StoredConversation {
  return {
    conversationId: reqStr(e, 'conversationId'),
    reference: reqStr(e, 'reference'),
    kind: reqStr(e, 'kind') as StoredConversation['kind'],
    teamName: str(e, 'teamName') || null,
    channelName: str(e, 'channelName') || null,
    installedAt: reqStr(e, 'installedAt'),
  };
}
