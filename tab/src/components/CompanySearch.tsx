/**
 * Company search by name or CVR. Results either link to the company page or are picked into a form;
 * the count is announced politely as results arrive.
 */
import { Button, Field, Input, Link, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CompanySearchResponse } from '../api/types';
import { errorText } from '../api/errorText';
import { useI18n } from '../i18n';
import { hrefs } from '../routing/routes';
import { useSession } from '../shell/session';

export type CompanyHit = CompanySearchResponse['results'][number];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium, border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  status: { minHeight: '1.25rem', color: tokens.colorNeutralForeground2 },
});

const MIN_CHARS = 2;
const DEBOUNCE_MS = 250;

export function CompanySearch({ label, onPick }: {
  label?: string;
  /** Without it results are links to the company page. */
  onPick?: (hit: CompanyHit) => void;
}) {
  const { t } = useI18n();
  const { api } = useSession();
  const styles = useStyles();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<CompanyHit[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const query = q.trim();
    if (query.length < MIN_CHARS) {
      setResults(null);
      setError(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setBusy(true);
      api.get<CompanySearchResponse>('/companies', { q: query }, controller.signal).then(
        (r) => { setResults(r.results); setError(null); setBusy(false); },
        (err: unknown) => { if (!controller.signal.aborted) { setError(errorText(err, t)); setBusy(false); } },
      );
    }, DEBOUNCE_MS);
    return () => { clearTimeout(timer); controller.abort(); };
  }, [q, api, t]);

  const meta = (h: CompanyHit) => `CVR ${h.cvr}${h.town ? ` · ${h.town}` : ''}`;
  return (
    <div className={styles.root}>
      <Field label={label ?? t.company.searchLabel} hint={t.company.searchHint}>
        <Input type="search" value={q} onChange={(_, d) => setQ(d.value)} autoComplete="off" />
      </Field>
      <div className={styles.status}>
        <div role="status" aria-live="polite">
          {busy ? <Spinner size="extra-tiny" label={t.company.searching} labelPosition="after" /> : results ? t.company.results(results.length) : null}
        </div>
        <div role="alert">{error}</div>
      </div>
      {results && results.length > 0 ? (
        <ul className={styles.list}>
          {results.map((h) => (
            <li key={h.cvr} className={styles.item}>
              {onPick ? (
                <>
                  <span>{h.name} <span className={styles.meta}>{meta(h)}</span></span>
                  <Button size="small" onClick={() => { onPick(h); setQ(''); setResults(null); }} aria-label={t.common.chooseNamed(h.name)}>
                    {t.common.choose}
                  </Button>
                </>
              ) : (
                <span><Link href={hrefs.company(h.cvr)}>{h.name}</Link> <span className={styles.meta}>{meta(h)}</span></span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
