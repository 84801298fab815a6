import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Query } from '../api/client';
import type { ExportFormat } from '../api/types';
import { useI18n } from '../i18n';
import { StatusRegion } from './StatusRegion';
import { useDownload } from './useDownload';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** CSV and Excel of what the page shows; `context` names it for screen readers when a page has several. */
export function ExportButtons({ path, query, fileBase, context, size }: {
  path: string; query: Query; fileBase: string; context?: string; size?: 'small' | 'medium';
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const { busy, error, done, download } = useDownload();
  const run = (format: ExportFormat) => download(path, { ...query, format }, `${fileBase}.${format}`);
  const label = (text: string) => (context ? `${text}: ${context}` : undefined);
  return (
    <div>
      <div className={styles.row}>
        <Button size={size} disabled={busy} aria-label={label(t.export.csv)} onClick={() => void run('csv')}>{t.export.csv}</Button>
        <Button size={size} disabled={busy} aria-label={label(t.export.xlsx)} onClick={() => void run('xlsx')}>{t.export.xlsx}</Button>
      </div>
      <StatusRegion loading={busy} loadingLabel={t.export.busy} error={error} success={done} />
    </div>
  );
}
