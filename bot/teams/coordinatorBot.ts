import {
  CardFactory, MessageFactory, StatusCodes, TeamsActivityHandler, TurnContext,
  type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type AppBasedLinkQuery, type InvokeResponse, type MessagingExtensionQuery,
  type MessagingExtensionResponse, type SearchInvokeResponse, type SearchInvokeValue,
} from 'botbuilder';
import { logContactCard, optOutFormCard } from '../cards/logCards.js';
import { helpCard, historyCard, lookupResultCard, messageCard, unitLabel, type CardContext } from '../cards/lookupCards.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCardJson } from '../cards/render.js';
import { localeFromTeams, textsFor } from '../cards/texts.js';
import type { Locale } from '../domain/danishTime.js';
import type { AccessChannel, AccessReader } from '../domain/dataProtection/accessLog.js';
import { actAsCommand, stripMentions, understand, type ActAsCommand, type Intent } from '../domain/understanding/index.js';
import { findLocalUser, LOCAL_USERS } from '../demo/localUsers.js';
import type { Purpose, Unit } from '../domain/units.js';
import type { Actor, ContactLogService } from '../services/contactLogService.js';
import type { LookupService } from '../services/lookupService.js';
import type { InstallationService, Installation } from '../services/installationService.js';
import type { FeedbackService } from '../services/feedbackService.js';
import type { PlanPostService } from '../services/planPostService.js';
import type { StaffIdentity, UserDirectory } from '../services/userDirectory.js';
import type { ActingAs } from './actingAs.js';
import { CARD_ACTIONS, type ActionRequest } from './cardActions.js';
import { MessageExtension } from './messageExtension.js';
import type { LogFn } from '../util/logger.js';

/** The Data.Query dataset of the log card's company type-ahead; Teams shows at most 15 choices. */
export const COMPANY_DATASET = 'companies';
const MAX_SEARCH_RESULTS = 15;

export interface BotDeps {
  lookup: LookupService;
  contactLog: ContactLogService;
  users: UserDirectory;
  units: () => readonly Unit[];
  purposes: () => readonly Purpose[];
  /** Offer Teams' type-ahead for the log card's company field (not in the Agents Playground). */
  companyTypeahead: boolean;
  log: LogFn;
  writeTimeoutMs: number;
  localeSetting: 'auto' | Locale;
  installations: InstallationService;
  planPosts: PlanPostService;
  feedback: FeedbackService;
  /** Local mode only: "som <navn>" makes a conversation act as a demo colleague; null refuses the command. */
  actingAs: ActingAs | null;
}

/** The Teams shell: parse the message or card action, ask a service, render the card. */
export class CoordinatorBot extends TeamsActivityHandler {
  private readonly messageExtension: MessageExtension;

  constructor(private readonly deps: BotDeps) {
    super();
    this.messageExtension = new MessageExtension(deps.lookup, deps.log, deps.actingAs === null);
    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.deps.installations.remember(installationOf(context));
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.deps.installations.forget(installationOf(context).conversationId);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (context.activity.membersAdded?.some((m) => m.id === botId)) await this.deps.installations.remember(installationOf(context));
      await next();
    });
  }

  /** Every activity of a conversation that acts as a demo colleague comes from that colleague, cards included. */
  override async run(context: TurnContext): Promise<void> {
    this.deps.actingAs?.apply(context.activity);
    await super.run(context);
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const locale = localeFromTeams(context.activity.locale, this.deps.localeSetting);
    // understand() and actAsCommand() read the text with every mention (the bot's own too) removed, in one place.
    const text = context.activity.text ?? '';
    if (isInsertedCardOnly(text, context.activity.attachments)) return;
    const command = actAsCommand(stripMentions(text));
    if (command) {
      await this.sendCard(context, messageCard(this.actAs(command, context, locale)));
      return;
    }
    const intent = understand(text);
    try {
      await this.sendCard(context, await this.cardFor(intent, context, locale));
    } catch (e) {
      this.deps.log('answer to a message failed', e);
      await context.sendActivity(textsFor(locale).storageDown);
    }
  }

  private async cardFor(intent: Intent, context: TurnContext, locale: Locale): Promise<AdaptiveCardJson> {
    const ctx = this.cardContext(locale, false);
    switch (intent.kind) {
      case 'lookup':
      case 'history': {
        const result = await this.deps.lookup.lookUp(intent.query, await this.unitOf(context), readerOf(context, intent.kind === 'history' ? 'bot.history' : 'bot.lookup'));
        if (intent.kind === 'history' && result.kind === 'answer') {
          return historyCard(result.company, result.assessment.all, result.assessment.optOutHistory, this.cardContext(locale, await this.isCoordinator(context)));
        }
        return lookupResultCard(result, ctx);
      }
      case 'logContact':
        return logContactCard(await this.deps.contactLog.openCard(actorOf(context), await this.unitOf(context), intent.query ? { query: intent.query } : null), ctx);
      case 'optOut': {
        const result = await this.deps.lookup.lookUp(intent.query, await this.unitOf(context), readerOf(context, 'bot.lookup'));
        if (result.kind !== 'answer') return lookupResultCard(result, ctx);
        return optOutFormCard({
          company: result.company, ids: this.deps.contactLog.newCardIds(), today: this.deps.contactLog.today(), defaultUnit: null,
          values: { optOutReason: intent.reason ?? '' },
        }, ctx);
      }
      case 'digestHere':
        return messageCard(await this.chooseDigestChannel(context, locale));
      case 'help':
        return helpCard(locale, false);
      case 'unknown':
        return helpCard(locale, true);
    }
  }

  /**
   * botbuilder reads `value.action.type` of a card action before onAdaptiveCardInvoke runs, so a value that is not
   * an object with an action object failed with 501 or a TypeError. It is answered as Universal Actions expect a
   * bad request: status 400 with an application/vnd.microsoft.error body.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'adaptiveCard/action' && !isCardActionValue(context.activity.value)) {
      const locale = localeFromTeams(context.activity.locale, this.deps.localeSetting);
      return { status: StatusCodes.BAD_REQUEST, body: errorResponse(StatusCodes.BAD_REQUEST, 'BadRequest', textsFor(locale).badCardAction) };
    }
    return super.onInvokeActivity(context);
  }

  /** Universal Actions (Action.Execute): the card is replaced by the card the action leads to. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const locale = localeFromTeams(context.activity.locale, this.deps.localeSetting);
    const verb = invokeValue?.action?.verb;
    const handler = typeof verb === 'string' && Object.hasOwn(CARD_ACTIONS, verb) ? CARD_ACTIONS[verb] : undefined;
    const rawData: unknown = invokeValue?.action?.data;
    if (!handler) return errorResponse(StatusCodes.BAD_REQUEST, 'BadRequest', 'Unknown card action');
    if (rawData !== undefined && (rawData === null || typeof rawData !== 'object' || Array.isArray(rawData))) {
      return errorResponse(StatusCodes.BAD_REQUEST, 'BadRequest', 'Card data must be an object');
    }
    const request: ActionRequest = {
      data: (rawData ?? {}) as Record<string, unknown>,
      card: this.cardContext(locale, false),
      actor: actorOf(context),
      unit: await this.unitOf(context),
      isCoordinator: await this.isCoordinator(context),
    };
    try {
      const result = await handler(request, {
        lookup: this.deps.lookup, log: this.deps.contactLog, planPosts: this.deps.planPosts, feedback: this.deps.feedback, writeTimeoutMs: this.deps.writeTimeoutMs,
        logError: this.deps.log,
      });
      return result.kind === 'card'
        ? { statusCode: StatusCodes.OK, type: ADAPTIVE_CARD_CONTENT_TYPE, value: result.card }
        : errorResponse(StatusCodes.BAD_REQUEST, 'BadRequest', result.message);
    } catch (e) {
      this.deps.log(`card action ${verb} failed`, e);
      return errorResponse(StatusCodes.INTERNAL_SERVER_ERROR, 'StorageUnavailable', textsFor(locale).storageDown);
    }
  }

  /**
   * Type-ahead in the log card's company field (Input.ChoiceSet with Data.Query, dataset "companies"): the
   * matcher's best hits, so typos and ae/oe/aa find the company while the user types.
   */
  protected override async onSearchInvoke(_context: TurnContext, value: SearchInvokeValue): Promise<SearchInvokeResponse> {
    const dataset = (value as SearchInvokeValue & { dataset?: unknown }).dataset;
    if (dataset !== COMPANY_DATASET || typeof value.queryText !== 'string') return errorResponse(StatusCodes.BAD_REQUEST, 'BadRequest', 'Unknown search');
    const top = Number(value.queryOptions?.top);
    const limit = Number.isInteger(top) && top > 0 ? Math.min(top, MAX_SEARCH_RESULTS) : MAX_SEARCH_RESULTS;
    const options = this.deps.lookup.suggest(value.queryText.slice(0, 200), limit);
    return {
      statusCode: StatusCodes.OK,
      type: 'application/vnd.microsoft.search.searchResponse',
      value: { results: options.map((o) => ({ title: o.town ? `${o.name} (${o.town})` : o.name, value: o.cvr })) },
    };
  }

  /** "Find virksomhed" in a compose box or the command box. */
  protected override handleTeamsMessagingExtensionQuery(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    return this.messageExtension.query(context, query, this.localeOf(context));
  }

  protected override handleTeamsMessagingExtensionSelectItem(context: TurnContext, value: unknown): Promise<MessagingExtensionResponse> {
    return this.messageExtension.selectItem(context, value, this.localeOf(context));
  }

  /** A CVR register link pasted into a message (composeExtensions.messageHandlers). */
  protected override handleTeamsAppBasedLinkQuery(context: TurnContext, query: AppBasedLinkQuery): Promise<MessagingExtensionResponse> {
    return this.messageExtension.queryLink(context, query?.url, this.localeOf(context));
  }

  private localeOf(context: TurnContext): Locale {
    return localeFromTeams(context.activity.locale, this.deps.localeSetting);
  }

  /** "digest her" in a channel, by the coordinator: the digest and the plans go to this channel. */
  private async chooseDigestChannel(context: TurnContext, locale: Locale): Promise<string> {
    const t = textsFor(locale).channel;
    if (context.activity.conversation?.conversationType !== 'channel') return t.onlyInChannel;
    if (!(await this.isCoordinator(context))) return t.onlyCoordinator;
    const target = await this.deps.installations.chooseDigestChannel(installationOf(context), actorOf(context).name);
    return t.chosen(target.label);
  }

  private actAs(command: ActAsCommand, context: TurnContext, locale: Locale): string {
    const t = textsFor(locale).actAs;
    const acting = this.deps.actingAs;
    if (!acting) return t.localOnly;
    if (command.kind === 'actAsSelf') {
      const self = acting.stop(context.activity);
      return self === null ? t.notActing : t.back(self);
    }
    const user = findLocalUser(command.target, this.deps.units());
    if (!user) return t.unknown(command.target, LOCAL_USERS.map((u) => `${u.staff.displayName} (${unitLabel(this.cardContext(locale, false), u.staff.unit)})`).join(', '));
    acting.start(context.activity, user);
    return t.now(user.staff.displayName, unitLabel(this.cardContext(locale, false), user.staff.unit));
  }

  private identity(context: TurnContext): StaffIdentity {
    return { aadObjectId: context.activity.from?.aadObjectId ?? null, name: context.activity.from?.name ?? '' };
  }

  private unitOf(context: TurnContext) {
    return this.deps.users.unitOf(this.identity(context));
  }

  private isCoordinator(context: TurnContext) {
    return this.deps.users.isCoordinator(this.identity(context));
  }

  private cardContext(locale: Locale, canRevoke: boolean): CardContext {
    return { locale, units: this.deps.units(), purposes: this.deps.purposes(), canLogContacts: true, canRevoke, companyTypeahead: this.deps.companyTypeahead };
  }

  private async sendCard(context: TurnContext, card: AdaptiveCardJson): Promise<void> {
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }
}

function actorOf(context: TurnContext): Actor {
  const from = context.activity.from;
  return { id: from?.aadObjectId ?? from?.id ?? null, name: from?.name?.trim() || 'Ukendt medarbejder' };
}

function readerOf(context: TurnContext, via: AccessChannel): AccessReader {
  const actor = actorOf(context);
  return { userId: actor.id, userName: actor.name, via };
}

/** Where this activity came from, with a channel's own id (not the thread's), so posts start new threads. */
function installationOf(context: TurnContext): Installation {
  const a = context.activity;
  const data = (a.channelData ?? {}) as { channel?: { id?: string; name?: string }; team?: { id?: string; name?: string } };
  const type = a.conversation?.conversationType;
  const kind = type === 'channel' ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal';
  const conversationId = data.channel?.id ?? (a.conversation?.id ?? '').split(';')[0];
  // Without the activity id a proactive send starts a new thread instead of replying to this message.
  const reference = TurnContext.getConversationReference(a);
  return {
    conversationId,
    reference: { ...reference, activityId: undefined, conversation: { ...reference.conversation, id: conversationId } },
    kind,
    teamName: data.team?.name ?? null,
    // Teams leaves the name out of messages; only the General channel can be named from its id (the team's own).
    channelName: data.channel?.name ?? (kind === 'channel' && data.channel?.id !== undefined && data.channel.id === data.team?.id ? 'General' : null),
  };
}

function isCardActionValue(value: unknown): boolean {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  return isObject(value) && isObject(value.action) && typeof value.action.type === 'string';
}

function errorResponse(statusCode: number, code: string, message: string): AdaptiveCardInvokeResponse {
  return { statusCode, type: 'application/vnd.microsoft.error', value: { code, message } };
}

/**
 * A message that is only a card put in the compose box (the message extension's company card, sent in the bot's
 * own chat): Teams sends it with no words, or only the card's HTML placeholder. It asks nothing, so it gets no
 * "I did not understand".
 */
function isInsertedCardOnly(text: string, attachments: readonly { contentType?: string }[] | undefined): boolean {
  const hasCard = (attachments ?? []).some((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  return hasCard && stripMentions(text.replace(/<[^>]*>/g, ' ')).trim() === '';
}
