import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference, type TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards/render.js';
import { ConversationGoneError, type ChannelPoster } from '../services/channelPoster.js';

/** Where the stored conversation references are read (the conversation store fits it; a shell imports no store). */
export interface ConversationReferences {
  get(conversationId: string): Promise<{ reference: string } | null>;
}

/**
 * Proactive posts through the Bot Framework: continue the stored conversation and send (a new thread in
 * a channel) or update a message. Teams answers 403/404 when the bot was removed: that becomes
 * ConversationGoneError so the service forgets the reference.
 */
export class TeamsChannelPoster implements ChannelPoster {
  constructor(private readonly adapter: CloudAdapter, private readonly appId: string, private readonly conversations: ConversationReferences) {}

  async post(conversationId: string, card: AdaptiveCardJson): Promise<string> {
    let id = '';
    await this.continue(conversationId, async (send) => {
      const response = await send.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
      id = response?.id ?? '';
    });
    return id;
  }

  async update(conversationId: string, activityId: string, card: AdaptiveCardJson): Promise<void> {
    await this.continue(conversationId, async (ctx) => {
      await ctx.updateActivity({ id: activityId, type: 'message', attachments: [CardFactory.adaptiveCard(card)] });
    });
  }

  private async continue(conversationId: string, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const stored = await this.conversations.get(conversationId);
    if (!stored) throw new ConversationGoneError(`no reference for ${conversationId}`);
    const reference = JSON.parse(stored.reference) as Partial<ConversationReference>;
    // The adapter hands errors inside a turn to its onTurnError handler; keep ours to decide on them here.
    let failure: unknown = null;
    await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
      try {
        await logic(context);
      } catch (e) {
        failure = e;
      }
    });
    if (failure === null) return;
    const status = (failure as { statusCode?: number }).statusCode;
    if (status === 403 || status === 404) throw new ConversationGoneError(`Teams answered ${status} for ${conversationId}`);
    throw failure;
  }
}
