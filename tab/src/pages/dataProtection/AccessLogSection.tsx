/** The access log with filters (company, user, period): the coordinator's and the DataProtection role's. */
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { AccessLogResponse } from '../../api/types';
import { useResource } from '../../api/useResource';
import { CompanyLink } from '../../components/CompanyLink';
import { Section } from '../../components/Section';
import { StatusRegion } from '../../components/StatusRegion';
import { formatTime } from '../../format/format';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalM },
  table: { borderCollapse: 'collapse', width: '100%', '& th, & td': { textAlign: 'left', padding: tokens.spacingVerticalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` } },
  scroll: { overflowX: 'auto' },
});

interface Filter { cvr: string; userId: string; from: string; to: string }

export function AccessLogSection() {
  const { t, locale } = useI18n();
  const { api } = useSession();
  const styles = useStyles();
  const [draft, setDraft] = useState<Filter>({ cvr: '', userId: '', from: '', to: '' });
  const [filter, setFilter] = useState<Filter>(draft);
  const query = { cvr: filter.cvr || undefined, userId: filter.userId || undefined, from: filter.from || undefined, to: filter.to || undefined };
  const { data, error, loading } = useResource((signal) => api.get<AccessLogResponse>('/access-log', query, signal), JSON.stringify(query));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilter(draft);
  };
  const field = (key: keyof Filter, label: string, type: 'text' | 'date' = 'text') => (
    <Field label={label}>
      <Input type={type} value={draft[key]} onChange={(_, d) => setDraft({ ...draft, [key]: d.value })} />
    </Field>
  );
  const d = t.dataProtection;
  return (
    <Section title={d.accessHeading} intro={d.accessIntro}>
      <form className={styles.form} onSubmit={submit} aria-label={d.accessHeading}>
        {field('cvr', d.cvr)}
        {field('userId', d.userId)}
        {field('from', d.from, 'date')}
        {field('to', d.to, 'date')}
        <Button type="submit" appearance="primary">{d.search}</Button>
      </form>
      <StatusRegion loading={loading} error={error} />
      {data && data.events.length === 0 ? <p>{d.accessNone}</p> : null}
      {data && data.events.length > 0 ? (
        <div className={styles.scroll}>
          <table className={styles.table} aria-label={d.accessHeading}>
            <thead><tr><th scope="col">{d.when}</th><th scope="col">{d.user}</th><th scope="col">{d.company}</th><th scope="col">{d.via}</th><th scope="col">{d.rows}</th></tr></thead>
            <tbody>
              {data.events.map((e) => (
                <tr key={e.id}>
                  <td>{formatTime(e.at, locale)}</td>
                  <td>{e.userName}{e.userId ? <> ({e.userId})</> : null}</td>
                  <td><CompanyLink cvr={e.cvr} name={e.companyName} /></td>
                  <td>{d.vias[e.via] ?? e.via}</td>
                  <td>{e.rows ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.truncated ? <p>{d.accessTruncated}</p> : null}
        </div>
      ) : null}
    </Section>
  );
}
