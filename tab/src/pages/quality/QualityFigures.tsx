import type { Quality } from '../../api/types';
import { FigureCards, type Figure } from '../../components/FigureCards';
import { formatDecimal, formatInteger } from '../../format/format';
import { useI18n } from '../../i18n';
import { useRatingText } from './ratingText';

/** The headline of the quality page: averages by source, the recommend score, falls and contact wishes. */
export function QualityFigures({ quality }: { quality: Quality }) {
  const { t, locale } = useI18n();
  const rating = useRatingText();
  const { overall, recommend, counts } = quality;
  const detail = (f: Quality['overall']['all']) => (f.average === null ? undefined : `${t.quality.answers(f.count)}${f.fewAnswers ? `, ${t.quality.fewAnswers}` : ''}`);
  const figures: Figure[] = [
    {
      key: 'average', label: t.quality.average, value: overall.all.average, text: overall.all.average === null ? '–' : formatDecimal(overall.all.average, locale),
      detail: [detail(overall.all), t.quality.previous(rating.withCount(overall.previous))].filter(Boolean).join(' · '),
    },
    { key: 'staff', label: t.quality.staffAverage, value: overall.staff.average, text: overall.staff.average === null ? '–' : formatDecimal(overall.staff.average, locale), detail: detail(overall.staff) },
    { key: 'company', label: t.quality.companyAverage, value: overall.company.average, text: overall.company.average === null ? '–' : formatDecimal(overall.company.average, locale), detail: detail(overall.company) },
    ...(recommend ? [{
      key: 'recommend', label: t.quality.recommend, value: recommend.score,
      text: `${recommend.score > 0 ? '+' : recommend.score < 0 ? '−' : ''}${formatInteger(Math.abs(recommend.score), locale)}`,
      detail: `${t.quality.recommendDetail(recommend.count, recommend.promoters, recommend.passives, recommend.detractors)}${recommend.fewAnswers ? `, ${t.quality.fewAnswers}` : ''}`,
    }] : []),
    { key: 'falling', label: t.quality.fallingCount, value: quality.falling.length, text: formatInteger(quality.falling.length, locale), detail: t.quality.fallingCountDetail },
    {
      key: 'wishes', label: t.quality.wishFewer, value: counts.wishFewer + counts.wishNone, text: formatInteger(counts.wishFewer + counts.wishNone, locale),
      detail: t.quality.wishNone(counts.wishNone),
    },
  ];
  return <FigureCards figures={figures} />;
}
