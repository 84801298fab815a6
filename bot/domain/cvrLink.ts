import { isValidCvr } from './cvr.js';

/** The public CVR register's hosts; a look-alike host (datacvr.virk.dk.evil.example) is not one of them. */
const REGISTER_HOSTS = new Set(['datacvr.virk.dk', 'www.datacvr.virk.dk', 'cvr.virk.dk', 'www.cvr.virk.dk']);
const MAX_LINK_LENGTH = 2048;

/**
 * The CVR number of a company page in the public CVR register, or null for any other link. Accepts
 * `/enhed/virksomhed/<cvr>` (with an optional trailing slash and language prefix) and
 * `/data/visenhed?enhedstype=virksomhed&id=<cvr>`; query strings and fragments are ignored. Only https/http,
 * no credentials, no port, and a modulus-11 valid CVR: anything else is not unfurled.
 */
export function cvrFromRegisterLink(link: string): string | null {
  if (typeof link !== 'string' || link.length > MAX_LINK_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.port) return null;
  if (!REGISTER_HOSTS.has(url.hostname.toLowerCase())) return null;
  const path = url.pathname.replace(/\/+$/, '').toLowerCase();
  const page = /^(?:\/(?:da|en))?\/enhed\/virksomhed\/(\d{8})$/.exec(path);
  if (page) return validOrNull(page[1]);
  if (/^(?:\/(?:da|en))?\/data\/visenhed$/.test(path)) {
    const kind = url.searchParams.getAll('enhedstype');
    const ids = url.searchParams.getAll('id');
    if (kind.length !== 1 || kind[0].toLowerCase() !== 'virksomhed' || ids.length !== 1) return null;
    return /^\d{8}$/.test(ids[0]) ? validOrNull(ids[0]) : null;
  }
  return null;
}

function validOrNull(cvr: string): string | null {
  return isValidCvr(cvr) ? cvr : null;
}
