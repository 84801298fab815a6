import assert from 'node:assert/strict';
import { RateLimiter } from '../../bot/util/rateLimiter.js';

describe('the per-client rate limiter', () => {
  const clock = (start = 0) => {
    const c = { t: start, now: () => c.t };
    return c;
  };

  it('allows a burst of 20, then refuses with the seconds until the next request may come', () => {
    const c = clock();
    const limiter = new RateLimiter({ capacity: 20, perMinute: 20, maxClients: 100, now: c.now });
    for (let i = 0; i < 20; i++) assert.deepEqual(limiter.take('203.0.113.7'), { allowed: true }, `request ${i + 1}`);
    assert.deepEqual(limiter.take('203.0.113.7'), { allowed: false, retryAfterSeconds: 3 });
    assert.deepEqual(limiter.take('198.51.100.1'), { allowed: true }, 'another client has its own bucket');
    c.t += 2_000;
    assert.deepEqual(limiter.take('203.0.113.7'), { allowed: false, retryAfterSeconds: 1 }, 'not yet a whole request');
    c.t += 1_000;
    assert.deepEqual(limiter.take('203.0.113.7'), { allowed: true }, 'one request refilled after 3 s');
    assert.equal(limiter.take('203.0.113.7').allowed, false);
    c.t += 10 * 60_000;
    for (let i = 0; i < 20; i++) assert.equal(limiter.take('203.0.113.7').allowed, true, 'refilled to the burst, not beyond');
    assert.equal(limiter.take('203.0.113.7').allowed, false);
  });

  it('keeps at most maxClients buckets, forgetting the client seen longest ago', () => {
    const c = clock();
    const limiter = new RateLimiter({ capacity: 2, perMinute: 2, maxClients: 3, now: c.now });
    for (const ip of ['a', 'b', 'c']) limiter.take(ip);
    limiter.take('a');
    limiter.take('a');
    assert.equal(limiter.take('a').allowed, false, 'a is out of requests');
    limiter.take('d');
    assert.equal(limiter.size, 3, 'bounded');
    assert.equal(limiter.take('a').allowed, false, 'a was seen recently and is still limited');
    for (let i = 0; i < 10_000; i++) limiter.take(`10.0.${Math.floor(i / 256)}.${i % 256}`);
    assert.equal(limiter.size, 3);
  });
});
