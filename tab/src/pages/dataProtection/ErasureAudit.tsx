/** Every erasure on request, newest first: who, when, what kind and how many rows, never what was erased. */
import type { ErasureAuditResponse } from '../../api/types';
import { useResource } from '../../api/useResource';
import { StatusRegion } from '../../components/StatusRegion';
import { formatTime } from '../../format/format';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';

/** `generation` changes after an erasure, so the list shows it. */
export function ErasureAudit({ generation }: { generation: number }) {
  const { t, locale } = useI18n();
  const { api } = useSession();
  const d = t.dataProtection;
  const audit = useResource((signal) => api.get<ErasureAuditResponse>('/erasure/audit', undefined, signal), `erasure-audit-${generation}`);
  return (
    <>
      <StatusRegion loading={audit.loading} error={audit.error} />
      {audit.data && audit.data.rows.length === 0 ? <p>{d.auditNone}</p> : null}
      {audit.data && audit.data.rows.length > 0 ? (
        <ul>
          {audit.data.rows.map((r) => (
            <li key={r.id}>
              {formatTime(r.at, locale)} · {d.what[r.what] ?? r.what}
              {r.cvr ? ` ${r.cvr}` : ''} · {d.by} {r.actorName} · {d.counts} {Object.values(r.counts).reduce((a, b) => a + b, 0)}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
