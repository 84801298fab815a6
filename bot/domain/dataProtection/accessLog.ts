/**
 * Who read which company's data, when, and through what. Every read path of company data produces one event
 * per company it showed; the log is append-only (only retention removes rows).
 */
export const ACCESS_CHANNELS = [
  'bot.lookup', 'bot.history', 'bot.logCard', 'tab.company', 'tab.optOuts', 'tab.companyExport',
] as const;
export type AccessChannel = (typeof ACCESS_CHANNELS)[number];

export interface AccessEvent {
  /** Time-ordered id (contactId.ts): the row key in both tables, so a retried write lands on the same rows. */
  id: string;
  at: string;
  userId: string | null;
  userName: string;
  cvr: string;
  via: AccessChannel;
  /** Rows handed out (exports), else null. */
  rows: number | null;
}

/** The reader of a company's data, as the shells know them. */
export interface AccessReader { userId: string | null; userName: string; via: AccessChannel }

/** An access-log query: at least a company or a user, or a period, never all rows of all time unbounded. */
export interface AccessQuery { cvr: string | null; userId: string | null; from: string; to: string }

/** The months (yyyy-mm) from one day to another, both inclusive: the user table's partitions for a period. */
export function monthsOfPeriod(fromDay: string, toDay: string): string[] {
  const out: string[] = [];
  let [y, m] = fromDay.slice(0, 7).split('-').map(Number);
  const end = toDay.slice(0, 7);
  for (let key = fromDay.slice(0, 7); key <= end; key = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(key);
    if (++m === 13) { m = 1; y++; }
  }
  return out;
}

/** The user partition of an event: the user and the UTC month, so "what did Y look at in a period" reads few partitions. */
export function userPartition(userId: string | null, at: string): string {
  // Row and partition keys may not hold / \ # ? or control characters.
  const safe = [...(userId ?? 'ukendt')].map((ch) => (ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127 || '/\\#?'.includes(ch) ? '_' : ch)).join('');
  return `${safe}_${at.slice(0, 7)}`;
}
