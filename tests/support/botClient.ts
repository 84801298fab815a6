import { randomUUID } from 'node:crypto';
import type { CaptureServer, CapturedActivity } from './captureServer.js';
import { postJson } from './jsonPost.js';

export type ConversationType = 'personal' | 'groupChat' | 'channel';

export interface Sender { id: string; name: string; aadObjectId?: string }

export interface SendOptions {
  conversationType?: ConversationType;
  locale?: string;
  from?: Sender;
  /** Text of an @mention of the bot placed before the message, as Teams sends it in channels. */
  mentionBot?: boolean;
  /** For a card action: the message the card is on. */
  replyToId?: string;
  /** Continue this conversation instead of starting a new one (state the bot keeps per conversation). */
  conversationId?: string;
  /** The channel's channelData (default: Koordinering, named). Teams names the channel only in installation events. */
  channel?: { id: string; name?: string };
}

export const BOT_ACCOUNT = { id: '28:erhvervskoordinator-bot', name: 'Erhvervskoordinator' };

/** Posts Bot Framework activities to the server's /api/messages, as Teams would. */
export class BotClient {
  constructor(private readonly baseUrl: string, private readonly serviceUrl: string, private readonly capture: CaptureServer) {}

  /** Sends a message and returns the replies the bot posted for it. */
  async say(text: string, o: SendOptions = {}): Promise<CapturedActivity[]> {
    const conversationId = o.conversationId ?? `conv-${randomUUID()}`;
    const mention = `<at>${BOT_ACCOUNT.name}</at>`;
    const fullText = o.mentionBot ? `${mention} ${text}` : text;
    const activity = {
      ...this.envelope(conversationId, o),
      type: 'message',
      text: fullText,
      textFormat: 'plain',
      entities: o.mentionBot ? [{ type: 'mention', text: mention, mentioned: BOT_ACCOUNT }] : [],
    };
    const before = this.capture.for(conversationId).length;
    const res = await this.post(activity);
    if (res.status !== 200 && res.status !== 201) throw new Error(`/api/messages answered ${res.status}: ${await res.text()}`);
    return this.capture.for(conversationId).slice(before);
  }

  /** Sends any other activity (installationUpdate, conversationUpdate) in a conversation of the given kind. */
  async activity(fields: Record<string, unknown>, o: SendOptions = {}): Promise<number> {
    const res = await this.post({ ...this.envelope(o.conversationId ?? `conv-${randomUUID()}`, o), ...fields });
    return res.status;
  }

  /** Sends an Action.Execute invoke and returns the HTTP status and the invoke response body. */
  execute(verb: string | undefined, data: unknown, o: SendOptions = {}): Promise<{ status: number; body: Record<string, unknown> & { statusCode?: number; type?: string; value?: Record<string, unknown> } }> {
    return this.invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' }, o);
  }

  /** The refresh Teams sends by itself when a card with a `refresh` is shown (Universal Actions, trigger automatic). */
  refresh(verb: string, data: unknown, o: SendOptions = {}): Promise<{ status: number; body: Record<string, unknown> & { statusCode?: number; type?: string; value?: Record<string, unknown> } }> {
    return this.invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb, data }, trigger: 'automatic' }, o);
  }

  /** A message extension invoke (composeExtension/query, /selectItem, /queryLink) and its answer. */
  composeExtension(name: string, value: unknown, o: SendOptions = {}): Promise<{ status: number; body: Record<string, unknown> }> {
    return this.invoke(`composeExtension/${name}`, value, o);
  }

  /** Sends an application/search invoke, as Teams does while the user types in a Data.Query type-ahead. */
  search(value: Record<string, unknown>, o: SendOptions = {}): Promise<{ status: number; body: Record<string, unknown> }> {
    return this.invoke('application/search', value, o);
  }

  /** An invoke activity and its synchronous answer: the HTTP status and the parsed body. */
  private async invoke(name: string, value: unknown, o: SendOptions): Promise<{ status: number; body: Record<string, unknown> }> {
    const activity = {
      ...this.envelope(o.conversationId ?? `conv-${randomUUID()}`, o), type: 'invoke', name, value, ...(o.replyToId ? { replyToId: o.replyToId } : {}),
    };
    const { status, text } = await postJson(new URL('/api/messages', this.baseUrl), activity);
    return { status, body: text ? JSON.parse(text) : {} };
  }

  async post(activity: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(new URL('/api/messages', this.baseUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(activity),
    });
  }

  private envelope(conversationId: string, o: SendOptions) {
    const type = o.conversationType ?? 'personal';
    const from = o.from ?? { id: 'user-jobcenter-1', name: 'Henrik Østergaard', aadObjectId: '00000000-0000-4000-8000-000000000002' };
    return {
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: this.serviceUrl,
      timestamp: new Date().toISOString(),
      locale: o.locale ?? 'da-DK',
      from,
      recipient: BOT_ACCOUNT,
      conversation: { id: conversationId, conversationType: type, isGroup: type !== 'personal', tenantId: 'tenant-norddjurs' },
      channelData: type === 'channel'
        ? { tenant: { id: 'tenant-norddjurs' }, team: { id: 'team-1', name: 'Erhverv' }, channel: o.channel ?? { id: '19:koordinering@thread.tacv2', name: 'Koordinering' } }
        : { tenant: { id: 'tenant-norddjurs' } },
    };
  }
}

/** The Adaptive Card of a reply, or throws with what came instead. */
export function cardOf(reply: CapturedActivity | undefined): Record<string, unknown> {
  const attachment = reply?.activity.attachments?.[0];
  if (!attachment || attachment.contentType !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`expected an Adaptive Card, got ${JSON.stringify(reply?.activity ?? null).slice(0, 300)}`);
  }
  return attachment.content;
}

/** Every text a card shows (TextBlocks, text runs, facts, action titles), for assertions on what the user reads. */
export function cardTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if ((o.type === 'TextBlock' || o.type === 'TextRun') && typeof o.text === 'string') out.push(o.text);
    if (typeof o.title === 'string') out.push(o.title);
    if (typeof o.value === 'string' && typeof o.title === 'string') out.push(o.value);
    for (const v of Object.values(o)) if (typeof v === 'object') walk(v);
  };
  walk(card);
  return out;
}

/** Finds containers with a given style (attention = the red opt-out banner, warning = parallel contacts). */
export function containersWithStyle(card: unknown, style: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'Container' && o.style === style) out.push(o);
    for (const v of Object.values(o)) if (typeof v === 'object') walk(v);
  };
  walk(card);
  return out;
}
