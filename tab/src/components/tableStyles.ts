import { makeStyles, tokens } from '@fluentui/react-components';

export const useTableStyles = makeStyles({
  wrap: { overflowX: 'auto', backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, border: `1px solid ${tokens.colorNeutralStroke2}` },
  // Fluent's fixed layout gives every column the same width; content-sized columns read better here.
  table: { tableLayout: 'auto' },
  caption: {
    textAlign: 'start', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, color: tokens.colorNeutralForeground1,
  },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numberHead: { textAlign: 'end', '& .fui-TableHeaderCell__button': { justifyContent: 'flex-end' } },
  rowHeader: { fontWeight: tokens.fontWeightRegular, textAlign: 'start' },
  muted: { color: tokens.colorNeutralForeground3 },
  // A tinted row and bold words; the text keeps the neutral colour, as orange on the tint fails contrast in dark mode.
  under: { backgroundColor: tokens.colorStatusWarningBackground1 },
  underText: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightBold },
  /** A link in a highlighted row: the brand colour falls short of 4.5:1 on the warning background in the dark theme. */
  underLink: { color: tokens.colorNeutralForeground1, textDecorationLine: 'underline', ':hover': { color: tokens.colorNeutralForeground1Hover } },
  nowrap: { whiteSpace: 'nowrap' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  /** A chart and the table with its figures side by side, stacked when the tab is narrow. */
  pair: { display: 'grid', gap: tokens.spacingHorizontalL, gridTemplateColumns: 'repeat(auto-fit, minmax(min(40rem, 100%), 1fr))', alignItems: 'start' },
});
