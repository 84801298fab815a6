import { randomBytes } from 'node:crypto';
import { odata, type TableClient } from '@azure/data-tables';
import type { FeedbackLink, FeedbackResponse } from '../domain/feedback.js';
import type { SigningKey } from '../domain/feedbackToken.js';
import { decodeLink, decodeResponse, linkProps, responseProps } from './feedbackCodec.js';
import { reqStr } from './entityFields.js';
import { isConflict, isNotFound, isPreconditionFailed } from './tableSet.js';

/**
 * Table FeedbackLinks:
 * - partition "keys": the key ring that signs the links (RowKey k1, k2, …; the highest signs new links). The first
 *   key is made with crypto.randomBytes on first use and written by a conditional insert, so instances starting
 *   together agree on the one that landed. No secret is committed or configured.
 * - partition <CVR>: the company's links (l_<link id>) and the answers given through them (r_<link id>). Answering
 *   is one transaction in that partition: the link row's ETag-conditional update and the answer's insert, so a
 *   link is answered once however often, or however concurrently, the form is posted.
 * Table Feedback, partition "responses", RowKey <cvr>_<link id>: a copy of every answer with its review, so the
 * coordinator's pending list (and quality figures over all companies) are one partition query. The copy is
 * rewritten from the FeedbackLinks row whenever that row is read for a write.
 */
const KEYS = 'keys';
const LINK = 'l_';
const RESPONSE = 'r_';
const COPIES = 'responses';

export interface KeyRing {
  /** The key new links are signed with. */
  active: SigningKey;
  find(kid: string): Buffer | null;
}

export type Versioned<T> = { value: T; etag: string };

export class FeedbackStore {
  private ring: Promise<KeyRing> | undefined;

  constructor(
    private readonly links: TableClient,
    private readonly copies: TableClient,
    private readonly newSecret: () => Buffer = () => randomBytes(32),
  ) {}

  /** Loaded once per instance (a failed load is retried on the next call). */
  keyRing(): Promise<KeyRing> {
    this.ring ??= this.loadKeys().catch((e: unknown) => {
      this.ring = undefined;
      throw e;
    });
    return this.ring;
  }

  /** Conditional insert: false when a link with this id exists (a retried card creates one link). */
  async createLink(link: FeedbackLink): Promise<boolean> {
    try {
      await this.links.createEntity({ partitionKey: link.cvr, rowKey: LINK + link.id, ...linkProps(link) });
      return true;
    } catch (e) {
      if (isConflict(e)) return false;
      throw e;
    }
  }

  async getLink(cvr: string, id: string): Promise<Versioned<FeedbackLink> | null> {
    return this.point(cvr, LINK + id, decodeLink);
  }

  async getResponse(cvr: string, linkId: string): Promise<Versioned<FeedbackResponse> | null> {
    return this.point(cvr, RESPONSE + linkId, decodeResponse);
  }

  /** The company's links and answers: one partition query. */
  async forCompany(cvr: string): Promise<{ links: FeedbackLink[]; responses: FeedbackResponse[] }> {
    const out = { links: [] as FeedbackLink[], responses: [] as FeedbackResponse[] };
    for await (const e of this.links.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${cvr}` } })) {
      if (e.rowKey?.startsWith(LINK)) out.links.push(decodeLink(e));
      else if (e.rowKey?.startsWith(RESPONSE)) out.responses.push(decodeResponse(e));
    }
    return out;
  }

  /**
   * Marks the link answered (only if it is unchanged since `etag` was read) and stores the answer, in one
   * transaction. 'used' when another answer came first.
   */
  async answer(link: Versioned<FeedbackLink>, response: FeedbackResponse): Promise<'stored' | 'used'> {
    const answered: FeedbackLink = { ...link.value, status: 'answered', answeredAt: response.receivedAt };
    try {
      await this.links.submitTransaction([
        ['update', { partitionKey: answered.cvr, rowKey: LINK + answered.id, ...linkProps(answered) }, 'Replace', { etag: link.etag }],
        ['create', { partitionKey: answered.cvr, rowKey: RESPONSE + answered.id, ...responseProps(response) }],
      ]);
    } catch (e) {
      if (isPreconditionFailed(e) || isConflict(e)) return 'used';
      throw e;
    }
    await this.upsertCopy(response);
    return 'stored';
  }

  /** Writes a new review over the answer read at `etag`; false when it changed meanwhile. */
  async updateReview(read: Versioned<FeedbackResponse>, review: FeedbackResponse['review']): Promise<boolean> {
    const updated: FeedbackResponse = { ...read.value, review };
    try {
      await this.links.updateEntity({ partitionKey: updated.cvr, rowKey: RESPONSE + updated.linkId, ...responseProps(updated) }, 'Replace', { etag: read.etag });
    } catch (e) {
      if (isPreconditionFailed(e)) return false;
      throw e;
    }
    await this.upsertCopy(updated);
    return true;
  }

  upsertCopy(r: FeedbackResponse): Promise<unknown> {
    return this.copies.upsertEntity({ partitionKey: COPIES, rowKey: `${r.cvr}_${r.linkId}`, ...responseProps(r) }, 'Replace');
  }

  /** Every company's answers received on the Copenhagen days from–to (inclusive), for the quality figures. */
  async answeredBetween(fromDay: string, toDay: string): Promise<FeedbackResponse[]> {
    const out: FeedbackResponse[] = [];
    const filter = odata`PartitionKey eq ${COPIES} and date ge ${fromDay} and date le ${toDay}`;
    for await (const e of this.copies.listEntities({ queryOptions: { filter } })) out.push(decodeResponse(e));
    return out;
  }

  /** Answers whose wish for fewer or no contacts awaits the coordinator. */
  async pending(): Promise<FeedbackResponse[]> {
    const out: FeedbackResponse[] = [];
    const filter = odata`PartitionKey eq ${COPIES} and reviewState eq ${'pending'}`;
    for await (const e of this.copies.listEntities({ queryOptions: { filter } })) out.push(decodeResponse(e));
    return out;
  }

  private async point<T>(pk: string, rk: string, decode: (e: Record<string, unknown>) => T): Promise<Versioned<T> | null> {
    try {
      const e = await this.links.getEntity(pk, rk);
      return { value: decode(e), etag: e.etag };
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  private async loadKeys(): Promise<KeyRing> {
    let keys = await this.readKeys();
    if (keys.length === 0) {
      try {
        await this.links.createEntity({ partitionKey: KEYS, rowKey: 'k1', secret: this.newSecret().toString('base64'), createdAt: new Date().toISOString() });
      } catch (e) {
        // Another instance inserted first: its key is the key.
        if (!isConflict(e)) throw e;
      }
      keys = await this.readKeys();
    }
    const byKid = new Map(keys.map((k) => [k.kid, k.secret]));
    const active = keys.reduce((a, b) => (Number(b.kid.slice(1)) > Number(a.kid.slice(1)) ? b : a));
    return { active, find: (kid) => byKid.get(kid) ?? null };
  }

  private async readKeys(): Promise<SigningKey[]> {
    const keys: SigningKey[] = [];
    for await (const e of this.links.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${KEYS}` } })) {
      keys.push({ kid: reqStr(e, 'rowKey'), secret: Buffer.from(reqStr(e, 'secret'), 'base64') });
    }
    return keys;
  }
}
