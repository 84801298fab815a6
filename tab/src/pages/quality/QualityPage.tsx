/** Kvalitet: how companies rate working with the municipality (memo task 2B), and where it is getting worse. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { QualityResponse } from '../../api/types';
import { useResource } from '../../api/useResource';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { StatusRegion } from '../../components/StatusRegion';
import { formatTime } from '../../format/format';
import { useI18n } from '../../i18n';
import { useSession, useUnitName } from '../../shell/session';
import { OverviewFilters, type OverviewFilter } from '../overview/OverviewFilters';
import { CommentList } from './CommentList';
import { FallingTable } from './FallingTable';
import { GroupTable } from './GroupTable';
import { QualityFigures } from './QualityFigures';
import { SatisfactionOverTime } from './SatisfactionOverTime';

const useStyles = makeStyles({
  toolbar: {
    padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge,
    marginBottom: tokens.spacingVerticalL, border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: `${tokens.spacingVerticalS} 0 0`, maxWidth: '80ch' },
});

export default function QualityPage() {
  const { t, locale } = useI18n();
  const { api } = useSession();
  const unitName = useUnitName();
  const styles = useStyles();
  // Null until the first answer: the server's default period (the last twelve months) is the one to show.
  const [filter, setFilter] = useState<OverviewFilter | null>(null);
  const query = { from: filter?.from, to: filter?.to, unit: filter?.unit ?? undefined };
  const { data, error, loading } = useResource((signal) => api.get<QualityResponse>('/quality', query, signal), JSON.stringify(query));
  const shown: OverviewFilter | null = filter ?? (data ? { from: data.period.from, to: data.period.to, unit: data.unit } : null);
  const q = data?.quality;
  const empty = q ? q.counts.staffRatings + q.counts.companyAnswers === 0 : false;

  return (
    <>
      <PageHeading intro={t.quality.intro}>{t.quality.heading}</PageHeading>
      {shown ? <div className={styles.toolbar}><OverviewFilters value={shown} onChange={setFilter} /></div> : null}
      <StatusRegion loading={loading} error={error} />
      {q && data ? (
        <>
          <Section title={t.quality.figures}>
            {empty ? <p>{t.quality.none}</p> : (
              <>
                <QualityFigures quality={q} />
                <p className={styles.note}>
                  {t.quality.counts(q.counts.staffRatings, q.counts.companyAnswers, q.counts.companyRatings, q.counts.recommendAnswers, q.counts.comments, q.counts.companies)}
                </p>
                <p className={styles.note}>{q.recommend ? t.quality.recommendExplained : t.quality.recommendNone}</p>
              </>
            )}
            <p className={styles.note}>{t.quality.asOf(formatTime(data.asOf, locale))}</p>
          </Section>
          <Section title={t.quality.overTime} intro={t.quality.overTimeIntro}>
            <SatisfactionOverTime months={q.months} title={t.quality.overTime} />
          </Section>
          <Section title={t.quality.fallingHeading} intro={t.quality.fallingIntro}>
            <FallingTable companies={q.falling} />
          </Section>
          <Section title={t.quality.byUnit} intro={t.quality.byUnitIntro}>
            <GroupTable caption={t.quality.byUnit} keyHeader={t.common.unit} rows={q.byUnit} quality={q}
              nameOf={(r) => (r.key === null ? t.quality.noUnit : unitName(r.key))} />
          </Section>
          <Section title={t.quality.byPurpose}>
            <GroupTable caption={t.quality.byPurpose} keyHeader={t.quality.purpose} rows={q.byPurpose} quality={q}
              nameOf={(r) => (r.key === null ? t.quality.noPurpose : locale === 'en' ? r.labelEn : r.label)} />
          </Section>
          <Section title={t.quality.commentsHeading} intro={t.quality.commentsIntro}>
            <CommentList comments={q.comments} />
          </Section>
        </>
      ) : null}
    </>
  );
}
