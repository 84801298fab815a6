import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2 },
});

export function ShowMore({ shown, total, more, onMore }: { shown: number; total: number; more: number; onMore: () => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  if (total === 0) return null;
  return (
    <div className={styles.row}>
      <span>{t.common.showing(shown, total)}</span>
      {more > 0 ? <Button size="small" onClick={onMore}>{t.common.showMore(more)}</Button> : null}
    </div>
  );
}
