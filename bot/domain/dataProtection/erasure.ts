/**
 * Erasure on request (GDPR art. 17, within what a public authority may erase): one contact, everything about a
 * company except its suppression record, or a named person wherever their name stands in free text or a name field.
 */
export type ErasureRequest =
  | { kind: 'contact'; cvr: string; contactId: string }
  | { kind: 'company'; cvr: string }
  | { kind: 'person'; name: string };

/** What is replaced where a person's name stood: says that something was erased, not what. */
export const ERASED = '[slettet]';

/** A name shorter than this would match inside ordinary words ("Ib" in "Ibsen"): the coordinator must write more. */
export const MIN_NAME_LENGTH = 4;

export type ErasureCheck = { ok: true; value: ErasureRequest } | { ok: false; message: string };

export function validateErasure(input: unknown, isCvr: (s: string) => boolean, isId: (s: string) => boolean): ErasureCheck {
  const r = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const cvr = typeof r.cvr === 'string' ? r.cvr : '';
  switch (r.kind) {
    case 'contact':
      return isCvr(cvr) && typeof r.contactId === 'string' && isId(r.contactId)
        ? { ok: true, value: { kind: 'contact', cvr, contactId: r.contactId } }
        : { ok: false, message: 'Angiv virksomhedens CVR-nummer og kontaktens id.' };
    case 'company':
      return isCvr(cvr) ? { ok: true, value: { kind: 'company', cvr } } : { ok: false, message: 'Det er ikke et gyldigt CVR-nummer.' };
    case 'person': {
      const name = typeof r.name === 'string' ? r.name.trim().replace(/\s+/g, ' ') : '';
      return name.length >= MIN_NAME_LENGTH && name.length <= 200
        ? { ok: true, value: { kind: 'person', name } }
        : { ok: false, message: `Skriv personens fulde navn (mindst ${MIN_NAME_LENGTH} tegn).` };
    }
    default:
      return { ok: false, message: 'Vælg hvad der skal slettes: en kontakt, en virksomhed eller en person.' };
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Case-insensitive, with any run of white space between the name's parts (notes are typed by hand). */
export function namePattern(name: string): RegExp {
  return new RegExp(name.trim().split(/\s+/).map(escapeRegExp).join('\\s+'), 'giu');
}

/** The text with every occurrence of the name replaced, or null when the name does not occur. */
export function redact(text: string, pattern: RegExp): string | null {
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return null;
  pattern.lastIndex = 0;
  return text.replace(pattern, ERASED);
}

/** A count of what an erasure removes or redacts, per table and kind of row: the preview and the audit row. */
export type ErasureCounts = Record<string, number>;

export function addCount(counts: ErasureCounts, key: string, n = 1): void {
  if (n > 0) counts[key] = (counts[key] ?? 0) + n;
}
