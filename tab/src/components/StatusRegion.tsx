/**
 * One polite live region per page part for loading and results, and an alert region for errors. Both
 * exist before anything is announced: screen readers only read changes to regions already present.
 */
import { makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { errorText } from '../api/errorText';
import { useI18n } from '../i18n';

// Margins on the messages, not gaps on the regions: empty regions must take no room.
const useStyles = makeStyles({
  message: { marginBlock: tokens.spacingVerticalS },
});

export interface StatusRegionProps {
  loading?: boolean;
  loadingLabel?: string;
  /** An error (ApiRequestError or other) or a ready-made message. */
  error?: unknown;
  success?: string | null;
}

export function StatusRegion({ loading, loadingLabel, error, success }: StatusRegionProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const message = error ? (typeof error === 'string' ? error : errorText(error, t)) : null;
  return (
    <div>
      <div role="status" aria-live="polite">
        {loading ? <Spinner className={styles.message} size="tiny" labelPosition="after" label={loadingLabel ?? t.app.loading} /> : null}
        {success ? (
          <MessageBar className={styles.message} intent="success">
            <MessageBarBody>{success}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <div role="alert">
        {message ? (
          <MessageBar className={styles.message} intent="error">
            <MessageBarBody>{message}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </div>
  );
}
