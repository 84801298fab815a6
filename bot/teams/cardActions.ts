import { companyFactsCard } from '../cards/companyCards.js';
import { historyCard, lookupResultCard, messageCard, type CardContext } from '../cards/lookupCards.js';
import { contactConfirmationCard, formValuesFrom, logContactCard, optOutConfirmationCard, optOutFormCard } from '../cards/logCards.js';
import type { AdaptiveCardJson } from '../cards/render.js';
import { textsFor } from '../cards/texts.js';
import type { Contact } from '../domain/contact.js';
import { isValidCvr } from '../domain/cvr.js';
import type { AccessChannel, AccessReader } from '../domain/dataProtection/accessLog.js';
import { LINK_DAYS_DEFAULT } from '../domain/feedback.js';
import type { UnitId } from '../domain/units.js';
import type { Actor, ContactLogService } from '../services/contactLogService.js';
import type { FeedbackService } from '../services/feedbackService.js';
import type { LookupResult } from '../domain/lookup.js';
import type { LookupService } from '../services/lookupService.js';
import type { PlanPostService } from '../services/planPostService.js';
import type { LogFn } from '../util/logger.js';

/** Everything a card action may use: the merged action data and inputs, and who pressed it. */
export interface ActionRequest {
  data: Record<string, unknown>;
  card: CardContext;
  actor: Actor;
  unit: UnitId | null;
  isCoordinator: boolean;
}

export type ActionResult = { kind: 'card'; card: AdaptiveCardJson } | { kind: 'badRequest'; message: string };

export interface ActionServices {
  lookup: LookupService;
  log: ContactLogService;
  planPosts: PlanPostService;
  feedback: FeedbackService;
  /** Storage writes slower than this are reported as not saved (a retry is idempotent). */
  writeTimeoutMs: number;
  /** Failures the user is told of only as "not saved" (or a missing link) still reach the operator's log. */
  logError: LogFn;
}

type Handler = (req: ActionRequest, s: ActionServices) => Promise<ActionResult>;

const card = (c: AdaptiveCardJson): ActionResult => ({ kind: 'card', card: c });
const bad = (message: string): ActionResult => ({ kind: 'badRequest', message });

function cvrOf(data: Record<string, unknown>): string | null {
  return typeof data.cvr === 'string' && isValidCvr(data.cvr) ? data.cvr : null;
}

function readerOf(req: ActionRequest, via: AccessChannel): AccessReader {
  return { userId: req.actor.id, userName: req.actor.name, via };
}

function text(data: Record<string, unknown>, key: string, max: number): string | null {
  const v = data[key];
  return typeof v === 'string' && v.trim() !== '' && v.length <= max ? v.trim() : null;
}

/** Card actions routed by verb, in one table. */
export const CARD_ACTIONS: Record<string, Handler> = {
  async 'lookup.choose'(req, s) {
    const cvr = cvrOf(req.data);
    return cvr ? card(lookupResultCard(await s.lookup.byCvr(cvr, req.unit, readerOf(req, 'bot.lookup')), req.card)) : bad('missing company');
  },

  async 'history.show'(req, s) {
    const cvr = cvrOf(req.data);
    if (!cvr) return bad('missing company');
    const result = await s.lookup.byCvr(cvr, req.unit, readerOf(req, 'bot.history'));
    return card(fullHistory(result, req));
  },

  async 'logContact.open'(req, s) {
    const cvr = req.data.cvr === undefined || req.data.cvr === '' ? null : cvrOf(req.data);
    if (req.data.cvr !== undefined && req.data.cvr !== '' && !cvr) return bad('invalid company');
    return card(logContactCard(await s.log.openCard(req.actor, req.unit, cvr ? { cvr } : null), req.card));
  },

  async 'logContact.submit'(req, s) {
    const ids = { contactId: String(req.data.contactId ?? ''), optOutId: String(req.data.optOutId ?? '') };
    const values = formValuesFrom(req.data);
    // A type-ahead choice arrives as the company's CVR in the company field.
    const typed = text(req.data, 'company', 200);
    const chosen = cvrOf(req.data) ?? (typed && isValidCvr(typed) ? typed : null);
    const company = chosen ? await s.log.company(chosen).catch(() => null) : null;
    const again = (extra: Partial<Parameters<typeof logContactCard>[0]>): ActionResult => card(logContactCard({
      company, ids, today: s.log.today(), defaultUnit: req.unit, values, query: text(req.data, 'company', 200) ?? '', ...extra,
    }, req.card));
    try {
      const outcome = await withTimeout(s.log.submitContact(req.data, ids, req.actor), s.writeTimeoutMs);
      if (outcome.kind === 'invalid') return again({ errors: outcome.errors, banner: 'fixErrors' });
      if (outcome.kind === 'chooseCompany') return again({ companyChoices: outcome.options });
      if (outcome.kind === 'stale') return again({ ids: s.log.newCardIds(), banner: 'stale' });
      const feedbackLink = values.feedbackLink === 'true' ? await feedbackLinkFor(outcome.contact, req.actor, s) : null;
      return card(contactConfirmationCard({ ...outcome, contact: outcome.contact, feedbackLink }, req.card));
    } catch (e) {
      s.logError('contact not saved', e);
      return again({ banner: 'notSaved' });
    }
  },

  async 'optOut.submit'(req, s) {
    const cvr = cvrOf(req.data);
    const optOutId = String(req.data.optOutId ?? '');
    if (!cvr) return bad('missing company');
    const company = await s.log.company(cvr);
    if (!company) return bad('unknown company');
    const again = (extra: Partial<Parameters<typeof optOutFormCard>[0]>): ActionResult => card(optOutFormCard({
      company, ids: { contactId: '', optOutId }, today: s.log.today(), defaultUnit: null, values: formValuesFrom(req.data), ...extra,
    }, req.card));
    try {
      const outcome = await withTimeout(s.log.submitOptOut(cvr, req.data, optOutId, req.actor), s.writeTimeoutMs);
      if (outcome.kind === 'invalid') return again({ errors: outcome.errors, banner: 'fixErrors' });
      return card(optOutConfirmationCard(outcome.company, outcome.optOut, req.card));
    } catch (e) {
      s.logError('opt-out not saved', e);
      return again({ banner: 'notSaved' });
    }
  },

  async 'plan.claim'(req, s) {
    const planId = text(req.data, 'planId', 20);
    const cvr = cvrOf(req.data);
    if (!planId || !cvr) return bad('missing plan item');
    const outcome = await s.planPosts.claim(planId, cvr, req.actor.name, req.card.locale);
    return outcome.kind === 'notFound' ? bad('unknown plan item') : card(outcome.card);
  },

  /** A plan card's refresh when opened again: the claims as they are now. */
  async 'plan.refresh'(req, s) {
    const planId = text(req.data, 'planId', 20);
    const current = planId ? await s.planPosts.current(planId, req.card.locale) : null;
    return current ? card(current) : bad('unknown plan');
  },

  /**
   * The refresh of a company card (inserted by the message extension, or the bot's answer): staff known to the user
   * directory get their own view with opt-outs and recent contacts, a read logged like any look-up; anyone else in
   * the chat gets the register facts only.
   */
  async 'companyCard.refresh'(req, s) {
    const cvr = cvrOf(req.data);
    if (!cvr) return bad('missing company');
    if (req.unit !== null) return card(lookupResultCard(await s.lookup.byCvr(cvr, req.unit, readerOf(req, 'bot.lookup')), req.card));
    const company = await s.lookup.registerFacts(cvr);
    return card(company ? companyFactsCard(company, [], req.card.locale) : lookupResultCard({ kind: 'unknownCvr', cvr, valid: true }, req.card));
  },

  async 'optOut.revoke'(req, s) {
    const l = textsFor(req.card.locale).log;
    if (!req.isCoordinator) return card(messageCard(l.onlyCoordinator));
    const cvr = cvrOf(req.data);
    const optOutId = text(req.data, 'optOutId', 40);
    if (!cvr || !optOutId) return bad('missing opt-out');
    const reason = text(req.data, `revokeReason_${optOutId}`, 500) ?? text(req.data, 'revokeReason', 500);
    if (!reason) return bad('missing reason');
    const outcome = await withTimeout(s.log.revokeOptOut(cvr, optOutId, reason, req.actor), s.writeTimeoutMs);
    if (outcome.kind === 'cpr') return card(messageCard(l.errors.cpr));
    const company = await s.log.company(cvr);
    return outcome.kind === 'revoked' && company ? card(optOutConfirmationCard(company, outcome.optOut, req.card)) : bad('unknown opt-out');
  },
};

/**
 * The link asked for with a contact, made once the contact is stored (a resubmitted card gets the same link: its id
 * is the contact's). A failure here must not turn into "not saved": the contact is saved, only the link is missing.
 */
async function feedbackLinkFor(contact: Contact, actor: Actor, s: ActionServices): Promise<{ url: string; expiresAt: string } | 'failed'> {
  try {
    const created = await withTimeout(s.feedback.createLink(contact.cvr, { days: LINK_DAYS_DEFAULT, contactName: null }, actor, contact), s.writeTimeoutMs);
    return created ? { url: created.url, expiresAt: created.link.expiresAt } : 'failed';
  } catch (e) {
    s.logError(`feedback link for contact ${contact.id} not made`, e);
    return 'failed';
  }
}

function fullHistory(result: LookupResult, req: ActionRequest): AdaptiveCardJson {
  if (result.kind !== 'answer') return lookupResultCard(result, req.card);
  return historyCard(result.company, result.assessment.all, result.assessment.optOutHistory, { ...req.card, canRevoke: req.isCoordinator });
}


export class StorageTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new StorageTimeout(`no answer within ${ms} ms`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
