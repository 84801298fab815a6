/**
 * Company files arrive as bytes in whatever the exporting program wrote. Danish Excel's "CSV
 * (semikolonsepareret)" is Windows-1252, Virk Data and CVR dumps are UTF-8, and "Unicode-tekst" is UTF-16.
 * Decoding everything as UTF-8 turned "Nørregaard" into "N�rregaard" without a single error, so UTF-8 is
 * decoded strictly and only a file that is not valid UTF-8 is read as Windows-1252.
 */

export type FileEncoding = 'UTF-8' | 'UTF-16' | 'Windows-1252';

export type DecodedFile =
  | { ok: true; text: string; encoding: FileEncoding }
  | { ok: false; reason: string };

/**
 * Control characters no text export writes, and the five bytes Windows-1252 leaves undefined (decoded as
 * U+0081 and so on): a file holding them is neither encoding (an .xlsx workbook, a PDF, another code page).
 */
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\u0081\u008d\u008f\u0090\u009d]/;

export const UNREADABLE_FILE = 'filen er hverken UTF-8 eller Windows-1252 (Excels "CSV (semikolonsepareret)"); '
  + 'gem den igen som CSV fra Excel eller som "CSV UTF-8", og prøv igen. Intet er importeret';

export function decodeCompanyFile(bytes: Uint8Array): DecodedFile {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'UTF-8');
  } catch {
    // Not UTF-8: the Danish Excel case.
    return checked(new TextDecoder('windows-1252').decode(bytes), 'Windows-1252');
  }
}

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): DecodedFile {
  try {
    return checked(new TextDecoder(label, { fatal: true }).decode(bytes), 'UTF-16');
  } catch {
    return { ok: false, reason: UNREADABLE_FILE };
  }
}

function checked(text: string, encoding: FileEncoding): DecodedFile {
  return NOT_TEXT.test(text) ? { ok: false, reason: UNREADABLE_FILE } : { ok: true, text, encoding };
}
