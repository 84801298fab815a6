import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  main: { maxWidth: '720px', marginInline: 'auto', padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

/** A whole-window state before the app shell exists: starting, failed, or "use Teams". */
export function StandaloneMessage({ heading, message, busy, error, onRetry }: {
  heading: string; message?: string; busy?: boolean; error?: boolean; onRetry?: () => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <main className={styles.main}>
      <h1 className={styles.heading}>{heading}</h1>
      <div role={error ? 'alert' : 'status'}>
        {busy ? <Spinner label={message} labelPosition="after" /> : null}
        {!busy && message && error ? <MessageBar intent="error"><MessageBarBody>{message}</MessageBarBody></MessageBar> : null}
        {!busy && message && !error ? <p>{message}</p> : null}
      </div>
      {onRetry ? <div><Button appearance="primary" onClick={onRetry}>{t.errors.retry}</Button></div> : null}
    </main>
  );
}
