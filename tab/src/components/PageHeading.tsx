import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalS} 0`,
    width: 'fit-content',
    ':focus': { outline: 'none' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  intro: { margin: `0 0 ${tokens.spacingVerticalL} 0`, color: tokens.colorNeutralForeground2, maxWidth: '70ch' },
});

let firstPage = true;

/**
 * The page's h1. After in-app navigation focus moves to it, so screen-reader users hear where they
 * landed; the first page of a visit keeps focus where the browser put it.
 */
export function PageHeading({ children, intro }: { children: ReactNode; intro?: ReactNode }) {
  const styles = useStyles();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus();
  }, []);
  return (
    <>
      <h1 ref={ref} tabIndex={-1} className={styles.heading}>{children}</h1>
      {intro ? <p className={styles.intro}>{intro}</p> : null}
    </>
  );
}
