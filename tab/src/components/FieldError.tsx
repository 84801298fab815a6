import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalXXS },
});

/** A validation message for controls Fluent's Field cannot wrap (a search widget, a group of checkboxes). */
export function FieldError({ message }: { message: string | undefined }) {
  const styles = useStyles();
  return message ? <div role="alert" className={styles.error}>{message}</div> : null;
}
