/** The CVR sync's state in a few lines: shown on the changes page and in the settings. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { CvrSyncStatusResponse } from '../../api/types';
import { useResource } from '../../api/useResource';
import { formatInteger, formatTime } from '../../format/format';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';

export function CvrSyncStatus() {
  const { t, locale } = useI18n();
  const { api } = useSession();
  const status = useResource((signal) => api.get<CvrSyncStatusResponse>('/cvr-sync', undefined, signal), 'cvr-sync');
  const s = status.data;
  if (!s) return null;
  const m = t.registerChanges.sync;
  if (!s.configured) return <p>{m.off}</p>;
  const when = (iso: string | null) => (iso ? formatTime(iso, locale) : m.never);
  const run = s.state.lastRun;
  return (
    <div>
      <ul>
        <li>{m.lastFull(when(s.state.lastFullAt))}</li>
        <li>{m.lastDelta(when(s.state.lastDeltaAt), s.schedule.deltaMinutes)}</li>
        {run ? <li>{m.lastRun(formatInteger(run.fetched, locale), formatInteger(run.inserted, locale), formatInteger(run.updated, locale), formatInteger(run.refused, locale), formatInteger(run.changes, locale))}</li> : null}
        <li>{m.codes(s.municipalityCodes.join(', '))}</li>
      </ul>
      {s.state.lastError ? (
        <MessageBar intent={s.failingLong ? 'error' : 'warning'}>
          <MessageBarBody>
            {s.failingLong ? m.failingLong(when(s.state.failingSince)) : m.lastError(when(s.state.lastErrorAt))} {s.state.lastError}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
