/** Oversigt: the coordinator's periodic overview (memo task 1: A parallel, B silence, C coverage). */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { OverviewResponse } from '../../api/types';
import { useResource } from '../../api/useResource';
import { ExportButtons } from '../../components/ExportButtons';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { StatusRegion } from '../../components/StatusRegion';
import { formatInteger, formatTime } from '../../format/format';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';
import { BreachTable } from './BreachTable';
import { CoverageSection } from './CoverageSection';
import { HeadlineCards } from './HeadlineCards';
import { OverviewFilters, type OverviewFilter } from './OverviewFilters';
import { ParallelTable } from './ParallelTable';
import { SilentTable } from './SilentTable';

const useStyles = makeStyles({
  toolbar: {
    display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-end', gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge,
    marginBottom: tokens.spacingVerticalL, border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  asOf: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: `${tokens.spacingVerticalS} 0 0` },
});

export default function OverviewPage() {
  const { t, locale } = useI18n();
  const { api, me } = useSession();
  const styles = useStyles();
  // Null until the first answer: the server's default period (last 90 days) is the one to show.
  const [filter, setFilter] = useState<OverviewFilter | null>(null);
  const query = { from: filter?.from, to: filter?.to, unit: filter?.unit ?? undefined };
  const { data, error, loading } = useResource(
    (signal) => api.get<OverviewResponse>('/overview', query, signal),
    JSON.stringify(query),
  );
  const shown: OverviewFilter | null = filter ?? (data ? { from: data.period.from, to: data.period.to, unit: data.unit } : null);
  const ov = data?.overview;

  return (
    <>
      <PageHeading intro={t.overview.intro}>{t.overview.heading}</PageHeading>
      {shown ? (
        <div className={styles.toolbar}>
          <OverviewFilters value={shown} onChange={setFilter} />
          <ExportButtons path="/overview/export" query={{ from: shown.from, to: shown.to, unit: me.isCoordinator ? shown.unit : undefined }}
            fileBase={`oversigt-${shown.from}-${shown.to}`} />
        </div>
      ) : null}
      <StatusRegion loading={loading} error={error} />
      {ov && data ? (
        <>
          <Section title={t.overview.headline}>
            <HeadlineCards headline={ov.headline} />
            <p className={styles.asOf}>{t.overview.asOf(formatTime(data.asOf, locale), formatInteger(data.contactsInModel, locale))}</p>
          </Section>
          {ov.breaches.length > 0 ? (
            <Section title={t.overview.breachesHeading}>
              <BreachTable breaches={ov.breaches} />
            </Section>
          ) : null}
          <Section title={t.overview.parallelHeading} intro={t.overview.parallelIntro(me.settings.windowDays, me.settings.pairWindows.length)}>
            <ParallelTable cases={ov.parallel} />
          </Section>
          <Section title={t.overview.silentHeading} intro={t.overview.silentIntro(me.settings.silenceMonths)}>
            <SilentTable companies={ov.silent} />
          </Section>
          <CoverageSection overview={ov} />
        </>
      ) : null}
    </>
  );
}
