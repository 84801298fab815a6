/**
 * Registerændringer: what the scheduled CVR sync noticed (new companies in the municipality, ceased, moved
 * in or out, changed industry, reklamebeskyttelse switched on), filtered by kind and month.
 */
import { Badge, Field, Input, makeStyles, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { RegisterChangeKind, RegisterChangesResponse } from '../../api/types';
import { useResource } from '../../api/useResource';
import { CompanyLink } from '../../components/CompanyLink';
import { PageHeading } from '../../components/PageHeading';
import { RowHeader } from '../../components/RowHeader';
import { StatusRegion } from '../../components/StatusRegion';
import { useTableStyles } from '../../components/tableStyles';
import { formatTime } from '../../format/format';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';
import { CvrSyncStatus } from './CvrSyncStatus';

const KINDS: RegisterChangeKind[] = ['new', 'ceased', 'movedIn', 'movedOut', 'industry', 'protected'];

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalM },
});

function thisMonth(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit' }).format(new Date());
}

export default function RegisterChangesPage() {
  const { t, locale } = useI18n();
  const { api } = useSession();
  const styles = useStyles();
  const table = useTableStyles();
  const [kind, setKind] = useState<RegisterChangeKind | ''>('');
  const [from, setFrom] = useState(thisMonth);
  const [to, setTo] = useState(thisMonth);
  const changes = useResource(
    (signal) => api.get<RegisterChangesResponse>('/register-changes', { from, to, kind }, signal),
    `${from}|${to}|${kind}`,
  );
  const rows = changes.data?.changes ?? [];
  return (
    <>
      <PageHeading intro={t.registerChanges.intro}>{t.registerChanges.heading}</PageHeading>
      <CvrSyncStatus />
      <form className={styles.filters} onSubmit={(e) => e.preventDefault()}>
        <Field label={t.registerChanges.kind}>
          <Select value={kind} onChange={(_, d) => setKind(d.value as RegisterChangeKind | '')}>
            <option value="">{t.registerChanges.allKinds}</option>
            {KINDS.map((k) => <option key={k} value={k}>{t.registerChanges.kinds[k]}</option>)}
          </Select>
        </Field>
        <Field label={t.registerChanges.from}>
          <Input type="month" value={from} onChange={(_, d) => d.value && setFrom(d.value)} />
        </Field>
        <Field label={t.registerChanges.to}>
          <Input type="month" value={to} onChange={(_, d) => d.value && setTo(d.value)} />
        </Field>
      </form>
      <StatusRegion loading={changes.loading} error={changes.error} />
      {changes.data && rows.length === 0 ? <p>{t.registerChanges.none}</p> : null}
      {rows.length > 0 ? (
        <div className={table.wrap}>
          <Table size="small" className={table.table}>
            <caption className={table.caption}>{t.registerChanges.caption(rows.length)}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.common.company}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.registerChanges.kind}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.registerChanges.change}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.registerChanges.noticed}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((c) => (
                <TableRow key={`${c.cvr}-${c.kind}-${c.after ?? ''}`}>
                  <RowHeader>
                    <CompanyLink cvr={c.cvr} name={c.name} />
                    {c.advertisingProtected ? <> <Badge appearance="outline" color="warning">{t.flags.advertisingProtected}</Badge></> : null}
                  </RowHeader>
                  <TableCell>{t.registerChanges.kinds[c.kind]}</TableCell>
                  <TableCell>{c.before || c.after ? `${c.before ?? '–'} → ${c.after ?? '–'}` : '–'}</TableCell>
                  <TableCell className={table.nowrap}>{formatTime(c.at, locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </>
  );
}
