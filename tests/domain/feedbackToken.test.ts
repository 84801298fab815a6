import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { newEventId } from '../../bot/domain/contactId.js';
import { signLinkToken, verifyLinkToken, type LinkClaims, type SigningKey } from '../../bot/domain/feedbackToken.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const NOW = new Date('2026-11-30T10:00:00Z');
const K1: SigningKey = { kid: 'k1', secret: randomBytes(32) };
const K2: SigningKey = { kid: 'k2', secret: randomBytes(32) };
const ring = (...keys: SigningKey[]) => (kid: string) => keys.find((k) => k.kid === kid)?.secret ?? null;

function claims(over: Partial<LinkClaims> = {}): LinkClaims {
  return { linkId: newEventId(NOW.getTime()), cvr: '13748136', expiresAt: new Date('2026-12-30T10:00:00Z'), ...over };
}

describe('feedback link tokens', () => {
  it('verifies a token it signed and gives back its claims', () => {
    const c = claims();
    const token = signLinkToken(c, K1);
    assert.match(token, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    const check = verifyLinkToken(token, ring(K1), NOW);
    assert.equal(check.kind, 'valid');
    assert.deepEqual(check.kind === 'valid' && check.claims, c);
  });

  it('refuses a token with any one character changed, in the payload or the signature', () => {
    const token = signLinkToken(claims(), K1);
    let tried = 0;
    for (let i = 0; i < token.length; i++) {
      if (token[i] === '.') continue;
      const index = ALPHABET.indexOf(token[i]);
      // index ^ 1 changes only the lowest bit: in the signature's last character those bits are padding that a
      // lenient base64 decoder drops, so this is the change most likely to slip through.
      for (const other of [ALPHABET[index ^ 1], ALPHABET[(index + 17) % 64]]) {
        const tampered = token.slice(0, i) + other + token.slice(i + 1);
        assert.equal(verifyLinkToken(tampered, ring(K1), NOW).kind, 'invalid', `position ${i}: ${token[i]} → ${other}`);
        tried++;
      }
    }
    assert.ok(tried > 200, 'every position was tried');
  });

  it('refuses a signature taken from another link', () => {
    const [a, b] = [signLinkToken(claims(), K1), signLinkToken(claims({ cvr: '10150817' }), K1)];
    const swapped = `${a.split('.')[0]}.${b.split('.')[1]}`;
    assert.equal(verifyLinkToken(swapped, ring(K1), NOW).kind, 'invalid');
  });

  it('checks the signature with the key the payload names, and refuses a wrong or unknown key id', () => {
    const byK2 = signLinkToken(claims(), K2);
    assert.equal(verifyLinkToken(byK2, ring(K1, K2), NOW).kind, 'valid', 'an older key in the ring still verifies');
    assert.equal(verifyLinkToken(byK2, ring(K1), NOW).kind, 'invalid', 'unknown key id');
    // Signed with k1's secret but naming k2: checked against k2's secret, so refused.
    const lying = signLinkToken(claims(), { kid: 'k2', secret: K1.secret });
    assert.equal(verifyLinkToken(lying, ring(K1, K2), NOW).kind, 'invalid');
    const badKid = signLinkToken(claims(), { kid: '../k1', secret: K1.secret });
    assert.equal(verifyLinkToken(badKid, () => K1.secret, NOW).kind, 'invalid', 'a malformed key id is not looked up');
  });

  it('says expired from the moment of expiry, with the claims, after checking the signature', () => {
    const c = claims();
    const token = signLinkToken(c, K1);
    assert.equal(verifyLinkToken(token, ring(K1), new Date(c.expiresAt.getTime() - 1)).kind, 'valid');
    assert.equal(verifyLinkToken(token, ring(K1), c.expiresAt).kind, 'expired');
    assert.equal(verifyLinkToken(token, ring(K1), new Date('2027-03-01T00:00:00Z')).kind, 'expired');
    const forged = signLinkToken(c, { kid: 'k1', secret: randomBytes(32) });
    assert.equal(verifyLinkToken(forged, ring(K1), new Date('2027-03-01T00:00:00Z')).kind, 'invalid', 'a forged expired token is just invalid');
  });

  it('refuses what is not shaped like a token, and signed payloads that do not hold a link', () => {
    for (const junk of ['', '.', 'abc', 'a.b', `${'a'.repeat(500)}.${'b'.repeat(43)}`, `${signLinkToken(claims(), K1)}.x`, 'a b.c']) {
      assert.equal(verifyLinkToken(junk, ring(K1), NOW).kind, 'invalid', JSON.stringify(junk.slice(0, 40)));
    }
    assert.equal(verifyLinkToken(signLinkToken(claims({ cvr: '12345678' }), K1), ring(K1), NOW).kind, 'invalid', 'CVR check digit');
    assert.equal(verifyLinkToken(signLinkToken(claims({ linkId: 'not-an-id' }), K1), ring(K1), NOW).kind, 'invalid', 'link id');
  });
});
