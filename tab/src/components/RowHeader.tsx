import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  th: {
    textAlign: 'start', fontWeight: tokens.fontWeightRegular, verticalAlign: 'middle',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
});

/** Fluent's TableCell cannot be a <th>; the first cell of a row names the row, so it is one. */
export function RowHeader({ children, className }: { children: ReactNode; className?: string }) {
  const styles = useStyles();
  return <th scope="row" className={mergeClasses(styles.th, className)}>{children}</th>;
}
