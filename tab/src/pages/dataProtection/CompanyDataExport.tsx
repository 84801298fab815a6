/** Everything held about one company (GDPR art. 15, aktindsigt), as JSON or Excel; the server logs the export. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { StatusRegion } from '../../components/StatusRegion';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';

const useStyles = makeStyles({ row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS } });

export function CompanyDataExport({ cvr }: { cvr: string }) {
  const { t } = useI18n();
  const { api } = useSession();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = async (format: 'json' | 'xlsx') => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(t.export.done(await api.download(`/companies/${encodeURIComponent(cvr)}/data-export`, { format }, `data-${cvr}.${format}`)));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void run('json')}>{t.dataProtection.exportJson}</Button>
        <Button disabled={busy} onClick={() => void run('xlsx')}>{t.dataProtection.exportXlsx}</Button>
      </div>
      <StatusRegion loading={busy} loadingLabel={t.export.busy} error={error} success={done} />
    </div>
  );
}
