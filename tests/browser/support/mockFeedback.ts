/**
 * The mock API's company feedback (bot/api/feedbackContract.ts): links the coordinator makes, and a few answers
 * from companies, two of them asking for fewer or no contacts so the opt-out page has something to confirm.
 */
import type { CreatedFeedbackLink, FeedbackLinkView, FeedbackResponse, OptOut, OptOutScope } from '../../../bot/contract/api.js';
import { newEventId } from '../../../bot/domain/contactId.js';
import { addDays, copenhagenDay } from '../../../bot/domain/danishTime.js';
import { pendingReview, type ContactWish } from '../../../bot/domain/feedback.js';
import type { MockState } from './mockData.js';

export class MockFeedback {
  readonly links: FeedbackLinkView[] = [];
  readonly responses: FeedbackResponse[] = [];

  constructor(private readonly state: MockState) {
    const declined = new Set(state.optOuts.map((o) => o.cvr));
    const [first, second] = state.companies.filter((c) => !declined.has(c.cvr));
    this.answer(first.cvr, 5, 9, 'Hurtig og venlig kontakt om praktikpladser.', 'same', 20);
    this.answer(first.cvr, 2, 3, 'Vi bliver ringet op af for mange forskellige afdelinger.', 'none', 3);
    this.answer(second.cvr, null, null, null, 'fewer', 1);
  }

  createLink(cvr: string, contactName: string | null, days: number, by: string): CreatedFeedbackLink {
    const at = this.state.now();
    const link: FeedbackLinkView = {
      id: newEventId(at.getTime()), cvr, createdAt: at.toISOString(), createdBy: by, createdById: null,
      expiresAt: new Date(at.getTime() + days * 86_400_000).toISOString(), contactId: null, unit: null, purpose: null, contactName,
      status: 'open', answeredAt: null, state: 'open',
    };
    this.links.unshift(link);
    // Not a signed token: the mock only needs an address of the right shape to show and copy.
    return { link, url: `https://erhverv.example/feedback/mock.${link.id}` };
  }

  pending() {
    return this.responses
      .filter((r) => r.review?.state === 'pending')
      .map((r) => ({ ...r, companyName: this.state.company(r.cvr)?.name ?? null }));
  }

  confirm(cvr: string, linkId: string, scope: OptOutScope, reason: string, by: string): { response: FeedbackResponse; optOut: OptOut } | 'notFound' | 'decided' {
    const r = this.find(cvr, linkId);
    if (!r?.review) return 'notFound';
    if (r.review.state !== 'pending') return 'decided';
    r.review = { state: 'confirmed', decidedAt: this.state.now().toISOString(), decidedBy: by, reason: null, optOutId: r.id };
    return { response: r, optOut: this.state.registerOptOut(cvr, scope, reason, 'feedback-link', r.date, by) };
  }

  dismiss(cvr: string, linkId: string, reason: string, by: string): FeedbackResponse | 'notFound' | 'decided' {
    const r = this.find(cvr, linkId);
    if (!r?.review) return 'notFound';
    if (r.review.state !== 'pending') return 'decided';
    r.review = { state: 'dismissed', decidedAt: this.state.now().toISOString(), decidedBy: by, reason, optOutId: null };
    return r;
  }

  private find(cvr: string, linkId: string): FeedbackResponse | undefined {
    return this.responses.find((r) => r.cvr === cvr && r.linkId === linkId);
  }

  private answer(cvr: string, rating: number | null, recommend: number | null, comment: string | null, wish: ContactWish, daysAgo: number): void {
    const at = new Date(this.state.now().getTime() - daysAgo * 86_400_000);
    const id = newEventId(at.getTime());
    this.responses.push({
      id, cvr, linkId: id, receivedAt: at.toISOString(), date: addDays(copenhagenDay(this.state.now()), -daysAgo), unit: 'jobcenter',
      purpose: 'virksomhedspraktik', rating, recommend, comment, wish, review: pendingReview(wish),
    });
  }
}
