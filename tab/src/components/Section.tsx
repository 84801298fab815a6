import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, type ReactNode, type Ref } from 'react';

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalXXL },
  heading: {
    ':focus': { outline: 'none' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalS} 0`,
  },
  minor: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  intro: { margin: `0 0 ${tokens.spacingVerticalM} 0`, color: tokens.colorNeutralForeground2, maxWidth: '80ch' },
});

/** A titled part of a page: an h2 that also names the region for landmark navigation. */
export function Section({ title, intro, children, level = 2, headingRef }: {
  title: string; intro?: ReactNode; children: ReactNode; level?: 2 | 3 | 4;
  /** For moving focus here after an action removed the control that had it. */
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const styles = useStyles();
  const id = useId();
  const Heading = level === 2 ? 'h2' : level === 3 ? 'h3' : 'h4';
  return (
    <section aria-labelledby={id} className={styles.section}>
      <Heading id={id} ref={headingRef} tabIndex={headingRef ? -1 : undefined} className={mergeClasses(styles.heading, level === 4 && styles.minor)}>{title}</Heading>
      {intro ? <p className={styles.intro}>{intro}</p> : null}
      {children}
    </section>
  );
}
