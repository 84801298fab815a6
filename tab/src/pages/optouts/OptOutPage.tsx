/** Frabedt kontakt: the register everyone checks before calling; the coordinator keeps it and confirms companies' own wishes. */
import { useCallback, useRef, useState } from 'react';
import type { OptOutListResponse } from '../../api/types';
import { useResource } from '../../api/useResource';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { StatusRegion } from '../../components/StatusRegion';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';
import { OptOutFilters, type OptOutFilter } from './OptOutFilters';
import { OptOutTable, type ListedOptOut } from './OptOutTable';
import { PendingOptOuts } from './PendingOptOuts';
import { RegisterOptOutForm } from './RegisterOptOutForm';
import { RevokeDialog } from './RevokeDialog';

export default function OptOutPage() {
  const { t } = useI18n();
  const { api, me } = useSession();
  const [filter, setFilter] = useState<OptOutFilter>({ status: 'active', unit: null, q: '' });
  const [revoking, setRevoking] = useState<ListedOptOut | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const [registered, setRegistered] = useState<string | null>(null);
  const query = { status: filter.status, unit: filter.unit, q: filter.q.trim() };
  const { data, error, loading, reload } = useResource(
    (signal) => api.get<OptOutListResponse>('/optouts', query, signal), JSON.stringify(query),
  );
  const onFilter = useCallback((f: OptOutFilter) => setFilter(f), []);
  const listHeading = useRef<HTMLHeadingElement>(null);

  return (
    <>
      <PageHeading intro={t.optOuts.intro}>{t.optOuts.heading}</PageHeading>
      {me.isCoordinator ? null : <p>{t.optOuts.staffReadOnly}</p>}
      {me.isCoordinator ? <PendingOptOuts onConfirmed={() => { setRevoked(null); reload(); }} /> : null}
      {/* Staff register too, as in the bot: a company's wish holds from the moment it is said. Revoking stays the coordinator's. */}
      <Section title={t.optOuts.registerHeading} intro={t.optOuts.registerIntro}>
        <StatusRegion success={registered} />
        <RegisterOptOutForm onSaved={(_, name) => { setRegistered(t.optOuts.saved(name)); setRevoked(null); reload(); }} />
      </Section>
      <Section title={t.optOuts.listHeading} headingRef={listHeading}>
        <OptOutFilters value={filter} onChange={onFilter} />
        <StatusRegion loading={loading} error={error} success={revoked} />
        {data ? <OptOutTable optOuts={data.optOuts} onRevoke={me.isCoordinator ? setRevoking : null} /> : null}
      </Section>
      <RevokeDialog
        optOut={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={(_, name) => {
          setRevoking(null);
          setRevoked(t.optOuts.revokedOk(name));
          setRegistered(null);
          reload();
          // The revoked row leaves the active list, and its button with it: focus goes to the list instead.
          listHeading.current?.focus();
        }}
      />
    </>
  );
}
