/** The coordinator's readiness view (GET /api/tab/readiness): what operations would check first, in plain words. */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReadinessResponse } from '../../api/types';
import { useResource } from '../../api/useResource';
import { formatInteger, formatTime } from '../../format/format';
import { weekLabel } from '../../format/labels';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';

export function ReadinessStatus() {
  const { t, locale } = useI18n();
  const { api } = useSession();
  const readiness = useResource((signal) => api.get<ReadinessResponse>('/readiness', undefined, signal), 'readiness');
  const r = readiness.data;
  if (!r) return null;
  const m = t.readiness;
  const when = (iso: string | null) => (iso ? formatTime(iso, locale) : m.never);
  const newest = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : a ?? b);
  return (
    <div>
      <MessageBar intent={r.ok ? 'success' : 'warning'}>
        <MessageBarBody>{r.ok ? m.ok : r.status === 'degraded' ? m.degraded : m.notOk}</MessageBarBody>
      </MessageBar>
      <ul>
        <li>{m.storage(r.storage.ok, formatInteger(r.storage.latencyMs, locale))}</li>
        <li>{m.readModel(r.readModel.ok, when(r.readModel.caughtUpAt))}</li>
        <li>{m.digest(r.digest.lastWeek && weekLabel(r.digest.lastWeek, t), when(r.digest.lastPostedAt))}</li>
        {r.cvrSync ? <li>{m.cvr(r.cvrSync.ok, when(newest(r.cvrSync.lastDeltaAt, r.cvrSync.lastFullAt)))}</li> : null}
      </ul>
      <Button onClick={() => readiness.reload()}>{m.check}</Button>
    </div>
  );
}
