/** Averages that say how many answers they rest on. */
import type { RatingFigure } from './types.js';

/**
 * Below this many answers an average is marked "få svar": one unhappy company makes a unit's month look
 * dire, so the figure is shown with its count and the mark instead of being hidden or read as a trend.
 */
export const MIN_ANSWERS = 3;

export class RatingTally {
  count = 0;
  private sum = 0;

  add(rating: number): void {
    this.count++;
    this.sum += rating;
  }

  figure(): RatingFigure {
    return ratingFigure(this.count, this.sum);
  }
}

export function ratingFigure(count: number, sum: number): RatingFigure {
  return { count, average: count === 0 ? null : sum / count, fewAnswers: count > 0 && count < MIN_ANSWERS };
}

/** A firm figure: answered, and not from few answers. */
export function isFirm(f: RatingFigure): f is RatingFigure & { average: number } {
  return f.average !== null && !f.fewAnswers;
}
