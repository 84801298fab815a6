/**
 * The quality figures (memo task 2B, issue 7): how companies rate working with the municipality, on DI's
 * 1–5 scale (DOMAIN.md), from two sources: the rating staff record in the log card, and the companies'
 * own answers through a feedback link.
 */
import type { Contact } from '../contact.js';
import type { CompanyFeedback, ContactWish } from '../feedback.js';
import type { Period } from '../overview/types.js';
import type { Purpose, Unit, UnitId } from '../units.js';

/** Who gave the figure: staff wrote down what the company said, or the company answered itself. */
export type ResponseSource = 'staff' | 'company';

export interface QualityInput {
  /** Contacts with or without a rating; any span (those outside the windows below are ignored). */
  contacts: readonly Contact[];
  /** The companies' own answers; the service fetches them from `feedbackFrom(period)` to the period's end. */
  companyFeedback: readonly CompanyFeedback[];
  period: Period;
  /** Only this unit's ratings and answers (staff outside the coordinator's role); null or absent: all. */
  unit?: UnitId | null;
  /** The units the coordinator has set up: every one gets a row, answered or not. */
  units: readonly Unit[];
  /** The purposes the coordinator has set up: their order and names head the by-purpose rows. */
  purposes: readonly Purpose[];
  companyName: (cvr: string) => string | null;
  /** How many company comments (default 10). */
  commentCount?: number;
}

export interface RatingFigure {
  count: number;
  /** Mean rating 1–5; null without answers. */
  average: number | null;
  /** From fewer than MIN_ANSWERS answers: shown, but marked "få svar" rather than hidden or over-stated. */
  fewAnswers: boolean;
}

export interface MonthFigure {
  /** yyyy-mm, the Copenhagen month of the answers' days. */
  month: string;
  all: RatingFigure;
  staff: RatingFigure;
  company: RatingFigure;
}

export interface GroupRow {
  /** Unit id or purpose id; null for answers that name none (a company answer not tied to a logged contact). */
  key: string | null;
  rating: RatingFigure;
  /** Ratings in the period by source. */
  staff: number;
  company: number;
  /** The same group in the period of equal length just before. */
  previous: RatingFigure;
  /** Average at least TREND_FALL_POINTS below the previous period's, neither of them from few answers. */
  falling: boolean;
}

export interface PurposeRow extends GroupRow {
  /** Names from the strategy's purposes; the id itself for a purpose not (or no longer) in the list. */
  label: string;
  labelEn: string;
}

export interface ResponseCounts {
  /** Contacts in the period whose log carries the company's rating. */
  staffRatings: number;
  /** Answers through a feedback link in the period, whatever they filled in. */
  companyAnswers: number;
  /** Of those, with a rating; with the recommend question; with a comment. */
  companyRatings: number;
  recommendAnswers: number;
  comments: number;
  /** Companies behind any of the above. */
  companies: number;
  /** Answers asking for fewer contacts, or none. */
  wishFewer: number;
  wishNone: number;
}

/** "Would you recommend …" on 0–10: % promoters (9–10) minus % detractors (0–6), as NPS is reckoned. */
export interface RecommendScore {
  count: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** −100 to 100. */
  score: number;
  fewAnswers: boolean;
}

export interface CompanyComment {
  id: string;
  cvr: string;
  companyName: string | null;
  date: string;
  receivedAt: string;
  unit: UnitId | null;
  purpose: string | null;
  rating: number | null;
  recommend: number | null;
  comment: string;
  wish: ContactWish;
}

/** A company whose newest rating in the period is clearly below what it said before (see falls.ts). */
export interface FallingCompany {
  cvr: string;
  companyName: string | null;
  /** Mean of its earlier ratings in the look-back (one earlier rating: that rating). */
  before: number;
  beforeCount: number;
  /** Day of the first earlier rating counted. */
  beforeFrom: string;
  now: number;
  /** Day, unit and source of the newest rating. */
  date: string;
  unit: UnitId | null;
  source: ResponseSource;
  /** before − now, at least FALL_POINTS. */
  drop: number;
}

export interface Quality {
  period: Period;
  unit: UnitId | null;
  /** The period of equal length just before, that trends compare with. */
  previousPeriod: Period;
  overall: { all: RatingFigure; staff: RatingFigure; company: RatingFigure; previous: RatingFigure };
  /** Every month the period touches, oldest first, empty months included. */
  months: MonthFigure[];
  /** Every unit of the input (the filtered one alone), then units met only in the data, then answers without a unit. */
  byUnit: GroupRow[];
  /** The purposes of the units shown, in the strategy's order, then others met in the data, then answers without one. */
  byPurpose: PurposeRow[];
  counts: ResponseCounts;
  /** Null when nobody answered the recommend question in the period. */
  recommend: RecommendScore | null;
  /** Newest first. */
  comments: CompanyComment[];
  /** Largest drop first. */
  falling: FallingCompany[];
}
