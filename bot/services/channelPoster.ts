import type { AdaptiveCardJson } from '../cards/render.js';

/**
 * Posting to Teams without being spoken to. Services declare it; bot/teams implements it with the Bot
 * Framework, so services never import Teams code.
 */
export interface ChannelPoster {
  /** A new message (in a channel: a new thread) with the card; resolves to the message id. */
  post(conversationId: string, card: AdaptiveCardJson): Promise<string>;
  /** Replaces the card of an earlier message, for everyone who sees it. */
  update(conversationId: string, activityId: string, card: AdaptiveCardJson): Promise<void>;
}

/** The bot was removed from the conversation (Teams answered 403 or 404): its reference is forgotten. */
export class ConversationGoneError extends Error {}
