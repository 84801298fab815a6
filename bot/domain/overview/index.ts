export { buildOverview } from './buildOverview.js';
export type { Breach, Headline, Overview, OverviewInput, Period } from './types.js';
export type { ParallelCase, ParallelContact } from './parallel.js';
export { sortSilent, type SilentCompany, type SilentSortKey, type SortDirection } from './silence.js';
export { SMALL_ROW_COMPANIES, type Coverage, type CoverageRow } from './coverage.js';
export { isCounted, sectionLetterOf, areaCodeOf } from './companyFacts.js';
export { monthsBefore, wholeMonthsBetween } from './calendarMonths.js';
