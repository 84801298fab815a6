import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: {
    display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(9.5rem, 1fr))', gap: tokens.spacingHorizontalM,
    margin: 0, padding: 0,
  },
  // A plain div, not Fluent's Card: a <dl> may only hold dt/dd groups wrapped in role-less divs.
  card: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4,
    border: `1px solid ${tokens.colorTransparentStroke}`,
  },
  label: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300 },
  value: { margin: 0, fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  alert: { color: tokens.colorPaletteRedForeground1 },
  detail: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface Figure {
  key: string;
  label: string;
  /** The raw number, for tests and tools (`data-value`); null when there is none. */
  value: number | null;
  text: string;
  detail?: string;
  alert?: boolean;
}

/** Figures a reader takes in first, as big numbers with a label and an optional line under them. */
export function FigureCards({ figures }: { figures: readonly Figure[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {figures.map((f) => (
        <div key={f.key} className={styles.card} data-figure={f.key}>
          <dt className={styles.label}>{f.label}</dt>
          <dd className={mergeClasses(styles.value, f.alert && styles.alert)} data-value={f.value ?? ''}>{f.text}</dd>
          {f.detail ? <dd className={styles.detail}>{f.detail}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
