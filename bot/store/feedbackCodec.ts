import type { ContactWish, FeedbackLink, FeedbackResponse, OptOutReviewState } from '../domain/feedback.js';
import { num, present, reqStr, str, type EntityProps } from './entityFields.js';

/** Feedback links and answers as table entities (Azure Tables stores no nulls: absent reads back as null). */

export function linkProps(l: FeedbackLink): EntityProps {
  return present({
    id: l.id, cvr: l.cvr, createdAt: l.createdAt, createdBy: l.createdBy, createdById: l.createdById, expiresAt: l.expiresAt,
    contactId: l.contactId, unit: l.unit, purpose: l.purpose, contactName: l.contactName, status: l.status, answeredAt: l.answeredAt,
  });
}

export function decodeLink(e: Record<string, unknown>): FeedbackLink {
  return {
    id: reqStr(e, 'id'),
    cvr: reqStr(e, 'cvr'),
    createdAt: reqStr(e, 'createdAt'),
    createdBy: reqStr(e, 'createdBy'),
    createdById: str(e, 'createdById'),
    expiresAt: reqStr(e, 'expiresAt'),
    contactId: str(e, 'contactId'),
    unit: str(e, 'unit'),
    purpose: str(e, 'purpose'),
    contactName: str(e, 'contactName'),
    status: reqStr(e, 'status') === 'answered' ? 'answered' : 'open',
    answeredAt: str(e, 'answeredAt'),
  };
}

/** The review is flattened into `review*` properties so the pending list can filter on `reviewState`. */
export function responseProps(r: FeedbackResponse): EntityProps {
  return present({
    id: r.id, cvr: r.cvr, linkId: r.linkId, receivedAt: r.receivedAt, date: r.date, unit: r.unit, purpose: r.purpose,
    rating: r.rating, recommend: r.recommend, comment: r.comment, wish: r.wish,
    reviewState: r.review?.state, reviewDecidedAt: r.review?.decidedAt, reviewDecidedBy: r.review?.decidedBy,
    reviewReason: r.review?.reason, reviewOptOutId: r.review?.optOutId,
  });
}

export function decodeResponse(e: Record<string, unknown>): FeedbackResponse {
  const state = str(e, 'reviewState') as OptOutReviewState | null;
  return {
    id: reqStr(e, 'id'),
    cvr: reqStr(e, 'cvr'),
    linkId: reqStr(e, 'linkId'),
    receivedAt: reqStr(e, 'receivedAt'),
    date: reqStr(e, 'date'),
    unit: str(e, 'unit'),
    purpose: str(e, 'purpose'),
    rating: num(e, 'rating'),
    recommend: num(e, 'recommend'),
    comment: str(e, 'comment'),
    wish: reqStr(e, 'wish') as ContactWish,
    review: state === null ? null : {
      state, decidedAt: str(e, 'reviewDecidedAt'), decidedBy: str(e, 'reviewDecidedBy'), reason: str(e, 'reviewReason'), optOutId: str(e, 'reviewOptOutId'),
    },
  };
}
