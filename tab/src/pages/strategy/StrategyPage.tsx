/**
 * Kontaktstrategi: the common contact strategy. Everyone reads it (staff look up who to ask first); the
 * coordinator edits it, and every save is a version with who, when and why.
 */
import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ContactStrategy, StrategyHistoryResponse, StrategyResponse } from '../../api/types';
import { useResource } from '../../api/useResource';
import { PageHeading } from '../../components/PageHeading';
import { StatusRegion } from '../../components/StatusRegion';
import { formatTime } from '../../format/format';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';
import { StrategyEditor } from './StrategyEditor';
import { StrategyHistory } from './StrategyHistory';
import { StrategyView } from './StrategyView';

const useStyles = makeStyles({
  version: { margin: `0 0 ${tokens.spacingVerticalS} 0`, fontWeight: tokens.fontWeightSemibold },
  note: { margin: `0 0 ${tokens.spacingVerticalS} 0` },
  unsaved: { maxWidth: '52rem', marginBlock: tokens.spacingVerticalS },
});

/** The newer of the version just saved here and the one last fetched. */
function newest(a: StrategyResponse | null, b: StrategyResponse | null): StrategyResponse | null {
  if (!a) return b;
  if (!b) return a;
  return a.strategy.version > b.strategy.version ? a : b;
}

function VersionLine({ strategy }: { strategy: ContactStrategy }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  return (
    <div data-version-line={strategy.version}>
      <p className={styles.version}>
        {strategy.version === 0 || !strategy.savedAt || !strategy.savedBy
          ? t.strategy.versionInitial
          : t.strategy.version(strategy.version, formatTime(strategy.savedAt, locale), strategy.savedBy)}
      </p>
      {strategy.note ? <p className={styles.note}>{t.strategy.versionNote(strategy.note)}</p> : null}
    </div>
  );
}

export default function StrategyPage() {
  const { t } = useI18n();
  const { api, me, refreshMe } = useSession();
  const styles = useStyles();
  const current = useResource((signal) => api.get<StrategyResponse>('/strategy', undefined, signal), 'strategy');
  const history = useResource((signal) => api.get<StrategyHistoryResponse>('/strategy/history', undefined, signal), 'strategy-history');
  const [saved, setSaved] = useState<StrategyResponse | null>(null);
  const [dirty, setDirty] = useState(false);
  const base = newest(saved, current.data);

  return (
    <>
      <PageHeading intro={t.strategy.intro}>{t.strategy.heading}</PageHeading>
      <StatusRegion loading={current.loading} error={current.error} />
      {base ? (
        <>
          <VersionLine strategy={base.strategy} />
          {dirty ? (
            <MessageBar intent="warning" className={styles.unsaved}>
              <MessageBarBody>{t.strategy.unsaved}</MessageBarBody>
            </MessageBar>
          ) : null}
          {me.isCoordinator ? (
            <StrategyEditor base={base} onDirtyChange={setDirty}
              onSaved={(r) => { setSaved(r); history.reload(); void refreshMe().catch(() => undefined); }}
              onReload={() => { current.reload(); history.reload(); }} />
          ) : (
            <>
              <p>{t.strategy.staffReadOnly}</p>
              <StrategyView strategy={base.strategy} companyNames={base.companyNames} />
            </>
          )}
          <StrategyHistory versions={history.data?.versions ?? null} loading={history.loading} error={history.error}
            currentVersion={base.strategy.version}
            names={{ units: base.strategy.units, purposes: base.strategy.purposes, companyNames: { ...history.data?.companyNames, ...base.companyNames } }} />
        </>
      ) : null}
    </>
  );
}
