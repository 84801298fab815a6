import type { RatingFigure } from '../../api/types';
import { formatDecimal } from '../../format/format';
import { useI18n } from '../../i18n';

/**
 * An average as readers should take it: "4,2 af 5 (12 svar)", with "få svar" when it rests on fewer than three,
 * and "ingen svar" rather than a zero when nobody answered.
 */
export function useRatingText(): { average: (f: RatingFigure) => string; withCount: (f: RatingFigure) => string } {
  const { t, locale } = useI18n();
  const average = (f: RatingFigure) => (f.average === null ? t.quality.noAnswers : t.quality.ratingOf(formatDecimal(f.average, locale)));
  const withCount = (f: RatingFigure) => {
    if (f.average === null) return t.quality.noAnswers;
    const count = f.fewAnswers ? `${t.quality.answers(f.count)}, ${t.quality.fewAnswers}` : t.quality.answers(f.count);
    return `${average(f)} (${count})`;
  };
  return { average, withCount };
}
