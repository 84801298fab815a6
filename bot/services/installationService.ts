import type { ConversationStore, DigestTarget, StoredConversation } from '../store/conversationStore.js';

export interface Installation {
  conversationId: string;
  /** The Bot Framework ConversationReference, kept as JSON for proactive posts. */
  reference: unknown;
  kind: StoredConversation['kind'];
  teamName: string | null;
  channelName: string | null;
}

/** Where the bot is installed, and which channel gets the digest and the plans. */
export class InstallationService {
  constructor(private readonly conversations: ConversationStore, private readonly now: () => Date) {}

  /**
   * Teams names the channel in installation events but not in ordinary messages, so a name the message lacks is
   * kept from what was stored before rather than guessed: a guess ("General") made the settings page name one
   * channel while the posts went to another.
   */
  async remember(i: Installation): Promise<Installation> {
    const known = i.channelName === null || i.teamName === null ? await this.conversations.get(i.conversationId) : null;
    const merged = { ...i, channelName: i.channelName ?? known?.channelName ?? null, teamName: i.teamName ?? known?.teamName ?? null };
    await this.conversations.save({ ...merged, reference: JSON.stringify(i.reference), installedAt: this.now().toISOString() });
    return merged;
  }

  forget(conversationId: string): Promise<void> {
    return this.conversations.remove(conversationId);
  }

  async chooseDigestChannel(installation: Installation, who: string): Promise<DigestTarget> {
    const i = await this.remember(installation);
    const target: DigestTarget = {
      conversationId: i.conversationId, label: [i.teamName, i.channelName].filter(Boolean).join(' › ') || i.conversationId, setBy: who, setAt: this.now().toISOString(),
    };
    await this.conversations.setTarget(target);
    return target;
  }

  /** The channel picker in the tab: installed channels, and the current choice. */
  async channels(): Promise<{ channels: { conversationId: string; label: string }[]; target: DigestTarget | null }> {
    const all = await this.conversations.list();
    return {
      channels: all.filter((c) => c.kind === 'channel').map((c) => ({ conversationId: c.conversationId, label: [c.teamName, c.channelName].filter(Boolean).join(' › ') || c.conversationId })),
      target: await this.conversations.target(),
    };
  }

  async setDigestChannel(conversationId: string, who: string): Promise<DigestTarget | null> {
    const c = await this.conversations.get(conversationId);
    if (!c || c.kind !== 'channel') return null;
    const target: DigestTarget = { conversationId, label: [c.teamName, c.channelName].filter(Boolean).join(' › ') || conversationId, setBy: who, setAt: this.now().toISOString() };
    await this.conversations.setTarget(target);
    return target;
  }
}
