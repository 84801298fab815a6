/** The recommend score (NPS) of the companies' 0–10 answers. */
import { MIN_ANSWERS } from './ratingTally.js';
import type { RecommendScore } from './types.js';

/** Null without answers: a score of 0 would read as "as many fans as critics". */
export function recommendScore(answers: readonly number[]): RecommendScore | null {
  if (answers.length === 0) return null;
  let promoters = 0;
  let detractors = 0;
  for (const a of answers) {
    if (a >= 9) promoters++;
    else if (a <= 6) detractors++;
  }
  const count = answers.length;
  return {
    count, promoters, detractors, passives: count - promoters - detractors,
    score: ((promoters - detractors) / count) * 100, fewAnswers: count < MIN_ANSWERS,
  };
}
