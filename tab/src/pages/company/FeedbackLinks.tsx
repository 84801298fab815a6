import {
  Badge, Button, Field, Input, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { copenhagenDay } from '@contract/domain';
import type { CreatedFeedbackLink, CreateFeedbackLinkRequest, FeedbackLinkListResponse, FeedbackLinkView } from '../../api/types';
import { errorText, fieldErrors } from '../../api/errorText';
import { useResource } from '../../api/useResource';
import { RowHeader } from '../../components/RowHeader';
import { StatusRegion } from '../../components/StatusRegion';
import { useTableStyles } from '../../components/tableStyles';
import { formatDate, formatTime } from '../../format/format';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';

const useStyles = makeStyles({
  form: {
    display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalM,
  },
  name: { minWidth: '16rem', flexGrow: 1, maxWidth: '24rem' },
  days: { width: '10rem' },
  created: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalL },
  url: { flexGrow: 1, minWidth: 'min(100%, 20rem)', maxWidth: '48rem' },
});

/** The day a link stops working, in Copenhagen, as staff write it in an e-mail. */
const expiryDay = (iso: string) => copenhagenDay(new Date(iso));

/** The coordinator makes a personal link for a company's contact person, copies it into an e-mail, and sees its state. */
export function FeedbackLinks({ cvr }: { cvr: string }) {
  const { api } = useSession();
  const links = useResource((signal) => api.get<FeedbackLinkListResponse>('/feedback/links', { cvr }, signal), cvr);
  const [created, setCreated] = useState<CreatedFeedbackLink | null>(null);
  return (
    <>
      <CreateLinkForm cvr={cvr} onCreated={(c) => { setCreated(c); links.reload(); }} />
      {created ? <CreatedLink key={created.link.id} created={created} /> : null}
      <StatusRegion loading={links.loading} error={links.error} />
      {links.data ? <LinkTable links={links.data.links} /> : null}
    </>
  );
}

function CreateLinkForm({ cvr, onCreated }: { cvr: string; onCreated: (c: CreatedFeedbackLink) => void }) {
  const { t } = useI18n();
  const { api } = useSession();
  const styles = useStyles();
  const [contactName, setContactName] = useState('');
  const [days, setDays] = useState('30');
  const [errors, setErrors] = useState<{ contactName?: string; days?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1 || n > 90) {
      setErrors({ days: t.feedback.needDays });
      return;
    }
    setErrors({});
    setError(null);
    setBusy(true);
    try {
      const body: CreateFeedbackLinkRequest = { cvr, contactName: contactName.trim() || null, days: n };
      onCreated(await api.post<CreatedFeedbackLink>('/feedback/links', body));
      setContactName('');
    } catch (err) {
      const f = fieldErrors(err);
      setErrors({ contactName: f.contactName, days: f.days });
      setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <div className={styles.form}>
        <Field className={styles.name} label={t.feedback.contactName} hint={t.feedback.contactNameHint} validationMessage={errors.contactName}>
          <Input value={contactName} maxLength={100} onChange={(_, d) => setContactName(d.value)} />
        </Field>
        <Field className={styles.days} label={t.feedback.days} hint={t.feedback.daysHint} validationMessage={errors.days}>
          <Input type="number" min={1} max={90} value={days} onChange={(_, d) => setDays(d.value)} />
        </Field>
        <Button appearance="primary" type="submit" disabled={busy}>{t.feedback.create}</Button>
      </div>
      <StatusRegion loading={busy} loadingLabel={t.feedback.creating} error={error} />
    </form>
  );
}

/** The new link in a read-only field (selectable by hand too) with a copy button; the result is announced. */
function CreatedLink({ created }: { created: CreatedFeedbackLink }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const [copy, setCopy] = useState<{ ok: string | null; failed: string | null }>({ ok: null, failed: null });
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(created.url);
      setCopy({ ok: t.feedback.copied, failed: null });
    } catch {
      setCopy({ ok: null, failed: t.feedback.copyFailed });
    }
  };
  return (
    <>
      <StatusRegion success={t.feedback.created(formatDate(expiryDay(created.link.expiresAt), locale))} />
      <div className={styles.created}>
        <Field className={styles.url} label={t.feedback.link}>
          <Input readOnly value={created.url} onFocus={(e) => e.target.select()} />
        </Field>
        <Button onClick={() => void copyLink()}>{t.feedback.copy}</Button>
      </div>
      <StatusRegion success={copy.ok} error={copy.failed} />
    </>
  );
}

function LinkTable({ links }: { links: readonly FeedbackLinkView[] }) {
  const { t, locale } = useI18n();
  const styles = useTableStyles();
  if (links.length === 0) return <p>{t.feedback.linksNone}</p>;
  return (
    <div className={styles.wrap}>
      <Table size="small" className={styles.table}>
        <caption className={styles.caption}>{t.feedback.linksCaption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.feedback.createdAt}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.feedback.contactPerson}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.feedback.expires}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.feedback.state}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {links.map((l) => (
            <TableRow key={l.id}>
              <RowHeader>
                {formatTime(l.createdAt, locale)}
                <div className={styles.muted}>{t.feedback.createdBy(l.createdBy)}</div>
              </RowHeader>
              <TableCell>{l.contactName ?? t.common.none}</TableCell>
              <TableCell className={styles.nowrap}>{formatDate(expiryDay(l.expiresAt), locale)}</TableCell>
              <TableCell>
                <Badge appearance="tint" color={l.state === 'answered' ? 'success' : l.state === 'open' ? 'brand' : 'subtle'}>{t.feedback.states[l.state]}</Badge>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
