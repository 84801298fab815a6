/**
 * A token bucket per client (e.g. per IP address): `capacity` requests at once, refilled at `perMinute`. In memory,
 * per server instance; the public feedback page needs no more than that to stop a script hammering it. Memory is
 * bounded: past `maxClients` the client seen longest ago is forgotten (its bucket has refilled the most, so
 * forgetting it, which gives it a full bucket again, costs the least).
 */

export interface RateLimitOptions {
  capacity: number;
  perMinute: number;
  maxClients: number;
  /** Milliseconds; injected so tests can move time without waiting. */
  now: () => number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket { tokens: number; at: number }

export class RateLimiter {
  /** Insertion order is recency order: every take() moves its client to the end. */
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(private readonly o: RateLimitOptions) {
    this.perMs = o.perMinute / 60_000;
  }

  get size(): number {
    return this.buckets.size;
  }

  take(client: string): RateDecision {
    const now = this.o.now();
    const previous = this.buckets.get(client);
    this.buckets.delete(client);
    const tokens = previous ? Math.min(this.o.capacity, previous.tokens + Math.max(0, now - previous.at) * this.perMs) : this.o.capacity;
    const allowed = tokens >= 1;
    this.buckets.set(client, { tokens: allowed ? tokens - 1 : tokens, at: now });
    if (this.buckets.size > this.o.maxClients) this.buckets.delete(this.buckets.keys().next().value as string);
    if (allowed) return { allowed };
    // Whole milliseconds first: the refill rate is not exact in binary, and 999.9999 ms must not round up to 2 s.
    return { allowed, retryAfterSeconds: Math.max(1, Math.ceil(Math.round((1 - tokens) / this.perMs) / 1000)) };
  }
}
