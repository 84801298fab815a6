import { CardFactory, type Attachment, type MessagingExtensionQuery, type MessagingExtensionResponse, type TurnContext } from 'botbuilder';
import { companyFactsCard, companyPreview } from '../cards/companyCards.js';
import { messageCard } from '../cards/lookupCards.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCardJson } from '../cards/render.js';
import { textsFor } from '../cards/texts.js';
import type { Company } from '../domain/company.js';
import { isValidCvr } from '../domain/cvr.js';
import { cvrFromRegisterLink } from '../domain/cvrLink.js';
import type { Locale } from '../domain/danishTime.js';
import type { LookupService } from '../services/lookupService.js';
import type { LogFn } from '../util/logger.js';

/** The manifest's search command (composeExtensions[0].commands[0].id). */
export const FIND_COMPANY_COMMAND = 'findCompany';
/** Teams shows about ten results before the user scrolls; more only costs time. */
const MAX_RESULTS = 10;
const MAX_QUERY_LENGTH = 200;

/**
 * The Teams shell of the search message extension and CVR link unfurling: parses the invoke, asks the look-up
 * service for register facts, renders the compact company card. Only register facts go into the inserted card;
 * what staff may see beyond that comes from the card's refresh (companyCard.refresh), per user.
 */
export class MessageExtension {
  /**
   * `tapToSelect`: each result's preview carries a tap that makes Teams send selectItem, so the card inserted is
   * read from the register at that moment. Off in local mode: the Agents Playground refuses a whole result list
   * whose previews have a tap ("tap action is not supported yet"), and without one the result's card goes in as it is.
   */
  constructor(
    private readonly lookup: LookupService,
    private readonly log: LogFn,
    private readonly tapToSelect: boolean,
  ) {}

  async query(context: TurnContext, query: MessagingExtensionQuery, locale: Locale): Promise<MessagingExtensionResponse> {
    const t = textsFor(locale).companyCard;
    if (query.commandId !== FIND_COMPANY_COMMAND) return message(t.searchHint);
    const text = queryText(query);
    // initialRun: the box opens empty, so the answer is how to search rather than an arbitrary list of companies.
    if (text === '') return message(t.searchHint);
    const companies = this.lookup.matchCompanies(text, MAX_RESULTS);
    if (companies.length === 0) return message(textsFor(locale).log.errors.notFound);
    return result(companies.map((c) => companyAttachment(c, refreshUsers(context), locale, this.tapToSelect)));
  }

  /** A result chosen from the list (its preview's tap): the card as the register has it now. */
  async selectItem(context: TurnContext, value: unknown, locale: Locale): Promise<MessagingExtensionResponse> {
    const cvr =
      typeof value === 'object' && value !== null && typeof (value as { cvr?: unknown }).cvr === 'string'
        ? (value as { cvr: string }).cvr
        : '';
    if (!isValidCvr(cvr)) return message(textsFor(locale).companyCard.noLinkCompany);
    return this.cardFor(context, cvr, locale);
  }

  /** A pasted link: a company page of the CVR register becomes the company card, anything else a friendly note. */
  async queryLink(context: TurnContext, url: unknown, locale: Locale): Promise<MessagingExtensionResponse> {
    const cvr = typeof url === 'string' ? cvrFromRegisterLink(url) : null;
    if (!cvr) return noteCard(textsFor(locale).companyCard.noLinkCompany);
    return this.cardFor(context, cvr, locale);
  }

  private async cardFor(context: TurnContext, cvr: string, locale: Locale): Promise<MessagingExtensionResponse> {
    let company: Company | null;
    try {
      company = await this.lookup.registerFacts(cvr);
    } catch (e) {
      // A company not in memory is read from storage; when that fails the user gets a Danish note, not Teams' error.
      this.log('message extension: reading the register failed', e);
      return noteCard(textsFor(locale).storageDown);
    }
    if (!company) return noteCard(textsFor(locale).companyCard.notInRegister(cvr));
    return result([companyAttachment(company, refreshUsers(context), locale, false)]);
  }
}

function queryText(query: MessagingExtensionQuery): string {
  const params = query.parameters ?? [];
  if (params.some((p) => p.name === 'initialRun')) return '';
  const value: unknown = params.find((p) => p.name === 'query')?.value ?? params[0]?.value;
  return typeof value === 'string' ? value.trim().slice(0, MAX_QUERY_LENGTH) : '';
}

/** The user who inserts the card is the one certain reader; Teams' own rule covers the rest of a small chat. */
function refreshUsers(context: TurnContext): string[] {
  const id = context.activity.from?.id;
  return typeof id === 'string' && id !== '' ? [id] : [];
}

function companyAttachment(
  company: Company,
  userIds: readonly string[],
  locale: Locale,
  tapToSelect: boolean,
): Attachment & { preview: Attachment } {
  const p = companyPreview(company, locale);
  const preview = CardFactory.thumbnailCard(p.title, p.text, undefined, undefined, {
    subtitle: p.subtitle,
    ...(tapToSelect ? { tap: { type: 'invoke', title: p.title, value: { cvr: company.cvr } } } : {}),
  });
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: companyFactsCard(company, userIds, locale), preview };
}

function noteCard(text: string): MessagingExtensionResponse {
  const card: AdaptiveCardJson = messageCard(text);
  return result([{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card, preview: CardFactory.thumbnailCard(text) }]);
}

function result(attachments: (Attachment & { preview: Attachment })[]): MessagingExtensionResponse {
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
}

function message(text: string): MessagingExtensionResponse {
  return { composeExtension: { type: 'message', text } };
}
