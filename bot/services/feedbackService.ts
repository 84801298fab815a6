import type { Contact, OptOut } from '../domain/contact.js';
import { newEventId } from '../domain/contactId.js';
import type { OptOutRequest } from '../domain/contactForm.js';
import { copenhagenDay } from '../domain/danishTime.js';
import { linkState, pendingReview, type FeedbackLink, type FeedbackLinkState, type FeedbackResponse, type OptOutReview } from '../domain/feedback.js';
import { validateFeedbackForm, type FeedbackFormErrors, type FeedbackFormField, type LinkRequest } from '../domain/feedbackForm.js';
import { signLinkToken, verifyLinkToken } from '../domain/feedbackToken.js';
import type { Versioned } from '../store/feedbackStore.js';
import type { Stores } from '../store/index.js';
import type { Actor, ContactLogService } from './contactLogService.js';

/** The path of the public page; the token follows it. */
export const FEEDBACK_PATH = '/feedback/';

export type LinkOpening =
  | { kind: 'invalid' }
  | { kind: 'expired' }
  | { kind: 'used'; cvr: string; linkId: string }
  | { kind: 'open'; link: Versioned<FeedbackLink>; companyName: string | null };

export type AnswerOutcome =
  | Exclude<LinkOpening, { kind: 'open' }>
  | { kind: 'formErrors'; errors: FeedbackFormErrors; opening: Extract<LinkOpening, { kind: 'open' }> }
  | { kind: 'stored'; response: FeedbackResponse };

export interface CreatedLink { link: FeedbackLink; url: string }

export type ReviewRefusal =
  | { kind: 'notFound' }
  /** Someone decided otherwise first (confirmed what is now being dismissed, or the reverse). */
  | { kind: 'alreadyDecided'; response: FeedbackResponse };

export interface FeedbackServiceDeps {
  stores: Stores;
  contactLog: ContactLogService;
  now: () => Date;
  /** The server's public address, which the links point at. */
  publicBaseUrl: string;
}

/**
 * Company feedback through self-service links: making links, answering them once, and the coordinator's review
 * of a company's wish for fewer or no contacts, which becomes an opt-out only when the coordinator confirms it.
 */
export class FeedbackService {
  constructor(private readonly d: FeedbackServiceDeps) {}

  private get store() {
    return this.d.stores.feedback;
  }

  /**
   * Null when the company is not in the register. A link made from a logged contact takes the contact's id, so a
   * retried card gives the same link rather than a second one.
   */
  async createLink(cvr: string, request: LinkRequest, actor: Actor, contact: Contact | null = null): Promise<CreatedLink | null> {
    if (!(await this.d.contactLog.company(cvr))) return null;
    const now = this.d.now();
    // Whole seconds, as the token carries the expiry.
    const expires = new Date(Math.floor((now.getTime() + request.days * 86_400_000) / 1000) * 1000);
    const link: FeedbackLink = {
      id: contact?.id ?? newEventId(now.getTime()), cvr, createdAt: now.toISOString(), createdBy: actor.name, createdById: actor.id,
      expiresAt: expires.toISOString(), contactId: contact?.id ?? null, unit: contact?.unit ?? null, purpose: contact?.purpose ?? null,
      contactName: request.contactName, status: 'open', answeredAt: null,
    };
    const stored = (await this.store.createLink(link)) ? link : ((await this.store.getLink(cvr, link.id))?.value ?? link);
    return { link: stored, url: await this.urlOf(stored) };
  }

  /** What the public page may show for a token; a signed token without a stored link is as good as forged. */
  async open(token: string): Promise<LinkOpening> {
    const ring = await this.store.keyRing();
    const check = verifyLinkToken(token, ring.find, this.d.now());
    if (check.kind === 'invalid') return check;
    const link = await this.store.getLink(check.claims.cvr, check.claims.linkId);
    if (!link) return { kind: 'invalid' };
    // "Already answered" says more than "expired" to someone who did answer.
    const state = linkState(link.value, this.d.now());
    if (state === 'answered') return { kind: 'used', cvr: link.value.cvr, linkId: link.value.id };
    if (check.kind === 'expired' || state === 'expired') return { kind: 'expired' };
    return { kind: 'open', link, companyName: this.d.contactLog.companyName(link.value.cvr) };
  }

  async answer(token: string, fields: Partial<Record<FeedbackFormField, string>>): Promise<AnswerOutcome> {
    const opening = await this.open(token);
    if (opening.kind === 'used') await this.repairCopy(opening.cvr, opening.linkId);
    if (opening.kind !== 'open') return opening;
    const form = validateFeedbackForm(fields);
    if (!form.ok) return { kind: 'formErrors', errors: form.errors, opening };
    const link = opening.link.value;
    const now = this.d.now();
    const response: FeedbackResponse = {
      id: newEventId(now.getTime()), cvr: link.cvr, linkId: link.id, receivedAt: now.toISOString(), date: copenhagenDay(now),
      unit: link.unit, purpose: link.purpose, ...form.value, review: pendingReview(form.value.wish),
    };
    if ((await this.store.answer(opening.link, response)) === 'used') {
      await this.repairCopy(link.cvr, link.id);
      return { kind: 'used', cvr: link.cvr, linkId: link.id };
    }
    return { kind: 'stored', response };
  }

  /** The company's links (for staff: who made them, for whom, their state) and answers, newest first. */
  async forCompany(cvr: string): Promise<{ links: (FeedbackLink & { state: FeedbackLinkState })[]; responses: FeedbackResponse[] }> {
    const { links, responses } = await this.store.forCompany(cvr);
    const now = this.d.now();
    return {
      links: links.map((l) => ({ ...l, state: linkState(l, now) })).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
      responses: responses.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)),
    };
  }

  async pending(): Promise<(FeedbackResponse & { companyName: string | null })[]> {
    const pending = await this.store.pending();
    return pending
      .map((r) => ({ ...r, companyName: this.d.contactLog.companyName(r.cvr) }))
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  }

  /**
   * Records the decision first (ETag-guarded, so a concurrent dismissal cannot also win), then registers the
   * opt-out under the answer's id. A retry after a failure between the two finds the decision made and registers
   * the opt-out again, which stores it once.
   */
  async confirm(cvr: string, linkId: string, request: OptOutRequest, actor: Actor): Promise<ReviewRefusal | { kind: 'confirmed'; response: FeedbackResponse; optOut: OptOut }> {
    const decided = await this.decide(cvr, linkId, (r) => ({ state: 'confirmed', decidedAt: this.d.now().toISOString(), decidedBy: actor.name, reason: null, optOutId: r.id }));
    if (decided.kind !== 'decided') return decided;
    const response = decided.response;
    if (response.review?.state !== 'confirmed') return { kind: 'alreadyDecided', response };
    const optOut = await this.d.contactLog.registerOptOut(cvr, request, actor, 'feedback-link', response.date, response.id);
    return { kind: 'confirmed', response, optOut };
  }

  async dismiss(cvr: string, linkId: string, reason: string, actor: Actor): Promise<ReviewRefusal | { kind: 'dismissed'; response: FeedbackResponse }> {
    const decided = await this.decide(cvr, linkId, () => ({ state: 'dismissed', decidedAt: this.d.now().toISOString(), decidedBy: actor.name, reason, optOutId: null }));
    if (decided.kind !== 'decided') return decided;
    const response = decided.response;
    return response.review?.state === 'dismissed' ? { kind: 'dismissed', response } : { kind: 'alreadyDecided', response };
  }

  /** Applies a decision to a pending review; returns the answer as it stands after (decided now or before). */
  private async decide(cvr: string, linkId: string, decision: (r: FeedbackResponse) => OptOutReview): Promise<{ kind: 'notFound' } | { kind: 'decided'; response: FeedbackResponse }> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const read = await this.store.getResponse(cvr, linkId);
      if (!read?.value.review) return { kind: 'notFound' };
      if (read.value.review.state !== 'pending') {
        // The copy may have missed the decision (a crash between the two writes): rewrite it from the record.
        await this.store.upsertCopy(read.value);
        return { kind: 'decided', response: read.value };
      }
      const review = decision(read.value);
      if (await this.store.updateReview(read, review)) return { kind: 'decided', response: { ...read.value, review } };
    }
    // Only a decision changes the row, so a lost race is followed by a decided row; two in a row is a fault.
    throw new Error(`the review of feedback ${cvr}/${linkId} keeps changing`);
  }

  private async urlOf(link: FeedbackLink): Promise<string> {
    const ring = await this.store.keyRing();
    const token = signLinkToken({ linkId: link.id, cvr: link.cvr, expiresAt: new Date(link.expiresAt) }, ring.active);
    return `${this.d.publicBaseUrl.replace(/\/+$/, '')}${FEEDBACK_PATH}${token}`;
  }

  /** A repeated answer finds the link used: it also rewrites the copy a crash may have kept from being written. */
  private async repairCopy(cvr: string, linkId: string): Promise<void> {
    const stored = await this.store.getResponse(cvr, linkId);
    if (stored) await this.store.upsertCopy(stored.value);
  }
}
