/** Forslag: the coordinator's proposals for adjusting how the units contact companies (memo tasks 2C–D). */
import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { PROPOSAL_STATUSES } from '@contract/domain';
import type { ProposalListResponse, ProposalView } from '../../api/types';
import { useResource } from '../../api/useResource';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { StatusRegion } from '../../components/StatusRegion';
import { useI18n } from '../../i18n';
import type { ProposalDraftLink } from '../../routing/routes';
import { useSession } from '../../shell/session';
import { ProposalCard } from './ProposalCard';
import { ProposalForm } from './ProposalForm';

const useStyles = makeStyles({
  filter: { marginBottom: tokens.spacingVerticalM, maxWidth: '20rem' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  count: { margin: `0 0 ${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground2 },
});

export default function ProposalsPage({ draft }: { draft: ProposalDraftLink | null }) {
  const { t } = useI18n();
  const { api, me } = useSession();
  const styles = useStyles();
  const [status, setStatus] = useState('open');
  const [created, setCreated] = useState<string | null>(null);
  const [changed, setChanged] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const { data, error, loading, reload } = useResource((signal) => api.get<ProposalListResponse>('/proposals', { status }, signal), status);
  const listHeading = useRef<HTMLHeadingElement>(null);

  // Either way the form closes and the proposal may leave the filtered list: focus goes to the list, where the news is.
  const afterChange = (news: { changed?: string; conflict?: string }) => {
    setChanged(news.changed ?? null);
    setConflict(news.conflict ?? null);
    setCreated(null);
    reload();
    listHeading.current?.focus();
  };
  const onChanged = (p: ProposalView) => afterChange({ changed: t.proposals.changed(p.title, t.proposals.statuses[p.status].toLowerCase()) });
  const onConflict = (message: string) => afterChange({ conflict: message });

  return (
    <>
      <PageHeading intro={t.proposals.intro}>{t.proposals.heading}</PageHeading>
      {me.isCoordinator ? (
        <Section title={t.proposals.newHeading} intro={t.proposals.newIntro}>
          <StatusRegion success={created} />
          <ProposalForm draft={draft} onCreated={(p) => { setCreated(t.proposals.created(p.title)); setChanged(null); setConflict(null); reload(); }} />
        </Section>
      ) : <p>{t.proposals.staffReadOnly}</p>}
      <Section title={t.proposals.listHeading} headingRef={listHeading}>
        <div className={styles.filter}>
          <Field label={t.proposals.filter}>
            <Select value={status} onChange={(_, d) => setStatus(d.value)}>
              <option value="open">{t.proposals.filterOpen}</option>
              <option value="all">{t.proposals.filterAll}</option>
              {PROPOSAL_STATUSES.map((s) => <option key={s} value={s}>{t.proposals.statuses[s]}</option>)}
            </Select>
          </Field>
        </div>
        <StatusRegion loading={loading} error={error ?? conflict} success={changed} />
        {data ? (
          data.proposals.length === 0 ? <p>{status === 'open' ? t.proposals.noneOpen : t.proposals.none}</p> : (
            <>
              <p className={styles.count}>{t.proposals.count(data.proposals.length)}</p>
              <ul className={styles.list}>
                {data.proposals.map((p) => (
                  <li key={p.id}><ProposalCard proposal={p} onChanged={onChanged} onConflict={onConflict} /></li>
                ))}
              </ul>
            </>
          )
        ) : null}
      </Section>
    </>
  );
}
