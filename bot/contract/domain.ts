/**
 * The domain logic the tab runs too, so a date, a label or a limit reads the same in the tab as in the bot's cards
 * and checks. This file and the API types beside it are all the tab may import from bot/ (the lint checks it);
 * everything here is pure and browser-safe.
 */
export { addressLine } from '../domain/company.js';
export { copenhagenDay, daysBetween, formatDay, formatDaysAgo, TIME_ZONE, type Locale } from '../domain/danishTime.js';
export { parseWeekKey } from '../domain/digest/isoWeek.js';
export { bandLabel, bandRank } from '../domain/employeeBand.js';
export { INDUSTRY_SECTIONS, sectionByLetter, sectionOfCode } from '../domain/industries.js';
export { NORDDJURS_POSTAL_AREAS, postalArea } from '../domain/norddjurs.js';
export { flagText, reasonText } from '../domain/planning/reasonText.js';
export { reassignedReasons } from '../domain/planning/reassign.js';
export { planFileBase } from '../domain/planning/versions.js';
export { EVIDENCE_KINDS, PROPOSAL_STATUSES, STATUS_NOTE_MAX, SUMMARY_MAX, TITLE_MAX } from '../domain/proposals.js';
export { describeChanges } from '../domain/strategy/changes.js';
export { targetKey } from '../domain/strategy/owners.js';
export { unitLabel, unitNameOf } from '../domain/units.js';
export { STRATEGY_LIMITS } from '../domain/strategy/validate.js';
