import { createHmac, timingSafeEqual } from 'node:crypto';
import { isEventId } from './contactId.js';
import { isValidCvr } from './cvr.js';

/**
 * The token in a feedback link: `<payload>.<signature>`, both base64url. The payload is JSON with a version, the
 * link id, the CVR, the expiry (Unix seconds) and the id of the key that signed it; the signature is
 * HMAC-SHA256 over the payload text exactly as sent. The key is an input: where keys live is the store's business.
 */

export interface SigningKey { kid: string; secret: Buffer }

export interface LinkClaims { linkId: string; cvr: string; expiresAt: Date }

export type TokenCheck =
  | { kind: 'valid'; claims: LinkClaims }
  | { kind: 'expired'; claims: LinkClaims }
  | { kind: 'invalid' };

const VERSION = 1;
/** Generous for the fields above (about 150 characters); anything longer is not ours. */
const TOKEN_MAX_LENGTH = 400;
const SIGNATURE_LENGTH = 43;
const SHAPE = new RegExp(`^[A-Za-z0-9_-]{1,${TOKEN_MAX_LENGTH}}\\.[A-Za-z0-9_-]{${SIGNATURE_LENGTH}}$`);
const KID = /^k\d{1,6}$/;

interface Payload { v: number; lid: string; cvr: string; exp: number; kid: string }

export function signLinkToken(claims: LinkClaims, key: SigningKey): string {
  const payload: Payload = { v: VERSION, lid: claims.linkId, cvr: claims.cvr, exp: Math.floor(claims.expiresAt.getTime() / 1000), kid: key.kid };
  const text = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return `${text}.${mac(text, key.secret)}`;
}

/**
 * Checks the signature before trusting anything in the payload except which key to check it with. Signatures
 * are compared as the canonical base64url text: a decoder would accept a changed last character whose extra bits
 * it drops, which would let a flipped character pass.
 */
export function verifyLinkToken(token: string, keyFor: (kid: string) => Buffer | null, now: Date): TokenCheck {
  if (token.length > TOKEN_MAX_LENGTH || !SHAPE.test(token)) return { kind: 'invalid' };
  const [text, signature] = token.split('.');
  const unverified = parse(text);
  const secret = unverified && KID.test(unverified.kid) ? keyFor(unverified.kid) : null;
  if (!unverified || !secret) return { kind: 'invalid' };
  const expected = Buffer.from(mac(text, secret), 'ascii');
  const given = Buffer.from(signature, 'ascii');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { kind: 'invalid' };
  const p = unverified;
  if (p.v !== VERSION || !isEventId(p.lid) || !isValidCvr(p.cvr) || !Number.isSafeInteger(p.exp)) return { kind: 'invalid' };
  const claims: LinkClaims = { linkId: p.lid, cvr: p.cvr, expiresAt: new Date(p.exp * 1000) };
  return claims.expiresAt.getTime() <= now.getTime() ? { kind: 'expired', claims } : { kind: 'valid', claims };
}

function mac(text: string, secret: Buffer): string {
  return createHmac('sha256', secret).update(text, 'ascii').digest('base64url');
}

function parse(text: string): Payload | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!v || typeof v !== 'object') return null;
    const o = v as Record<string, unknown>;
    if (typeof o.v !== 'number' || typeof o.lid !== 'string' || typeof o.cvr !== 'string' || typeof o.exp !== 'number' || typeof o.kid !== 'string') return null;
    return { v: o.v, lid: o.lid, cvr: o.cvr, exp: o.exp, kid: o.kid };
  } catch {
    return null;
  }
}
