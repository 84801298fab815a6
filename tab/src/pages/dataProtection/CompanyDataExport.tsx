/** Everything held about one company (GDPR art. 15, aktindsigt), as JSON or Excel; the server logs the export. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { StatusRegion } from '../../components/StatusRegion';
import { useDownload } from '../../components/useDownload';
import { useI18n } from '../../i18n';

const useStyles = makeStyles({ row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS } });

export function CompanyDataExport({ cvr }: { cvr: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { busy, error, done, download } = useDownload();
  const run = (format: 'json' | 'xlsx') => download(`/companies/${encodeURIComponent(cvr)}/data-export`, { format }, `data-${cvr}.${format}`);
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
