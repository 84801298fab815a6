/**
 * Horizontal bars in plain HTML and CSS: every bar carries its value as text, and the list reads as
 * "label: value" to a screen reader, so the chart is not an image that needs describing.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';

export interface Bar {
  key: string;
  label: string;
  /** 0..max */
  value: number;
  valueText: string;
  /** Drawn in the warning colour; `note` says why in words. */
  highlight: boolean;
  muted: boolean;
  note?: string;
}

const useStyles = makeStyles({
  figure: { margin: 0, padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, border: `1px solid ${tokens.colorNeutralStroke2}` },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  legend: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, marginBottom: tokens.spacingVerticalS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Label and value on one line, the bar under them: nothing has to be squeezed when the tab is narrow.
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200 },
  text: { display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  label: { overflowWrap: 'anywhere' },
  track: { position: 'relative', height: '12px', backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  fill: { position: 'absolute', insetBlock: 0, insetInlineStart: 0, backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
  fillHighlight: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  fillMuted: { backgroundColor: tokens.colorNeutralForeground3 },
  reference: { position: 'absolute', insetBlock: '-3px', width: '2px', backgroundColor: tokens.colorNeutralForeground1 },
  value: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  highlightText: { color: tokens.colorPaletteDarkOrangeForeground3, fontWeight: tokens.fontWeightSemibold },
  mutedText: { color: tokens.colorNeutralForeground3 },
});

export function BarChart({ title, legend, bars, max, reference }: {
  title: string; legend?: string; bars: readonly Bar[]; max: number; reference?: number;
}) {
  const styles = useStyles();
  const id = useId();
  const scale = max > 0 ? max : 1;
  const pct = (v: number) => `${Math.max(0, Math.min(100, (v / scale) * 100))}%`;
  return (
    <figure className={styles.figure} aria-labelledby={id}>
      <figcaption id={id} className={styles.caption}>{title}</figcaption>
      {legend ? <div className={styles.legend}>{legend}</div> : null}
      <ul className={styles.list}>
        {bars.map((b) => (
          <li key={b.key} className={mergeClasses(styles.row, b.muted && styles.mutedText)}>
            <span className={styles.text}>
              <span className={styles.label}>{b.label}: </span>
              <span className={mergeClasses(styles.value, b.highlight && styles.highlightText)}>
                {b.valueText}{b.note ? ` (${b.note})` : ''}
              </span>
            </span>
            <span className={styles.track} aria-hidden="true">
              <span className={mergeClasses(styles.fill, b.highlight && styles.fillHighlight, b.muted && styles.fillMuted)} style={{ width: pct(b.value) }} />
              {reference !== undefined ? <span className={styles.reference} style={{ insetInlineStart: pct(reference) }} /> : null}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
