import {
  CardFactory, MessageFactory, StatusCodes, TeamsActivityHandler, TurnContext,
  type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue,
} from 'botbuilder';
import { helpCard, historyCard, lookupResultCard, type CardContext } from '../cards/lookupCards.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCardJson } from '../cards/render.js';
import { localeFromTeams, textsFor } from '../cards/texts.js';
import { isValidCvr } from '../domain/cvr.js';
import type { Locale } from '../domain/danishTime.js';
import { stripMentions, understand } from '../domain/understanding/index.js';
import type { Unit } from '../domain/units.js';
import type { LookupResult, LookupService } from '../services/lookupService.js';
import type { UserDirectory } from '../services/userDirectory.js';

export interface BotDeps {
  lookup: LookupService;
  users: UserDirectory;
  units: () => readonly Unit[];
  log: (message: string) => void;
}

/** The Teams shell: parse the message or card action, ask the look-up service, render the card. */
export class CoordinatorBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const locale = localeFromTeams(context.activity.locale);
    const raw = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
    const intent = understand(stripMentions(raw));
    switch (intent.kind) {
      case 'lookup':
      case 'history':
      case 'logContact':
      case 'optOut':
        if (intent.query === null) return this.sendCard(context, helpCard(locale, false));
        return this.answerLookup(context, intent.query, locale, intent.kind === 'history');
      case 'help':
      case 'digestHere':
        return this.sendCard(context, helpCard(locale, false));
      case 'unknown':
        return this.sendCard(context, helpCard(locale, true));
    }
  }

  private async answerLookup(context: TurnContext, query: string, locale: Locale, fullHistory: boolean): Promise<void> {
    try {
      const askingUnit = await this.askingUnit(context);
      const result = await this.deps.lookup.lookUp(query, askingUnit);
      await this.sendCard(context, resultCard(result, fullHistory, this.cardContext(locale)));
    } catch (e) {
      this.deps.log(`Look-up failed: ${e instanceof Error ? e.message : String(e)}`);
      await context.sendActivity(textsFor(locale).storageDown);
    }
  }

  /** Universal Actions (Action.Execute): the card is replaced by the card the action leads to. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const locale = localeFromTeams(context.activity.locale);
    const verb = invokeValue?.action?.verb;
    const data = invokeValue?.action?.data as Record<string, unknown> | undefined;
    const cvr = typeof data?.cvr === 'string' && isValidCvr(data.cvr) ? data.cvr : null;
    if ((verb !== 'lookup.choose' && verb !== 'history.show') || cvr === null) {
      return { statusCode: StatusCodes.BAD_REQUEST, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'Unknown card action or missing company' } };
    }
    try {
      const result = await this.deps.lookup.byCvr(cvr, await this.askingUnit(context));
      return cardResponse(resultCard(result, verb === 'history.show', this.cardContext(locale)));
    } catch (e) {
      this.deps.log(`Card action ${verb} failed: ${e instanceof Error ? e.message : String(e)}`);
      return { statusCode: StatusCodes.INTERNAL_SERVER_ERROR, type: 'application/vnd.microsoft.error', value: { code: 'StorageUnavailable', message: textsFor(locale).storageDown } };
    }
  }

  private askingUnit(context: TurnContext) {
    return this.deps.users.unitOf({ aadObjectId: context.activity.from?.aadObjectId ?? null, name: context.activity.from?.name ?? '' });
  }

  private cardContext(locale: Locale): CardContext {
    return { locale, units: this.deps.units(), canLogContacts: false };
  }

  private async sendCard(context: TurnContext, card: AdaptiveCardJson): Promise<void> {
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }
}

function resultCard(result: LookupResult, fullHistory: boolean, ctx: CardContext): AdaptiveCardJson {
  if (!fullHistory || result.kind !== 'answer') return lookupResultCard(result, ctx);
  return historyCard(result.company, result.assessment.all, result.assessment.optOutHistory, ctx);
}

function cardResponse(card: AdaptiveCardJson): AdaptiveCardInvokeResponse {
  return { statusCode: StatusCodes.OK, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card };
}
