import { newEventId } from '../domain/contactId.js';
import type { AccessEvent, AccessQuery, AccessReader } from '../domain/dataProtection/accessLog.js';
import type { AccessLogStore } from '../store/accessLogStore.js';

/** What read paths need: record a read without waiting for storage. */
export interface AccessLog {
  /** Resolves at once unless the buffer is full (storage has been down a long while): then it waits for room. */
  record(reader: AccessReader, cvrs: readonly string[], rows?: number | null): Promise<void>;
}

export interface AccessLogOptions {
  /** How often the buffer is written (default 1 s: the more events per write, the fewer requests). */
  flushMs?: number;
  /** Write requests in flight at a time (default 1), so the writer never crowds the look-ups' reads. */
  inFlight?: number;
  /** Events held in memory at most; beyond it a read waits for the buffer to drain instead of an event being lost. */
  maxBuffered?: number;
  /** Back-off after a failed write, doubled up to 30 s. */
  retryMs?: number;
}

/**
 * The access log's writer. A read only appends to an in-memory buffer (well under a millisecond), and a background
 * loop writes the buffer in batches (both tables, group commit per partition). A failed write keeps the events at
 * the head of the buffer and is retried with back-off, and said in the log each time: events are never dropped.
 * Memory is bounded: when the buffer is full, readers wait (back-pressure) rather than events being thrown away.
 * `stop()` writes what is left before the process ends.
 */
export class AccessLogService implements AccessLog {
  private buffer: AccessEvent[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private waiters: (() => void)[] = [];
  private failures = 0;
  private readonly flushMs: number;
  private readonly maxBuffered: number;
  private readonly retryMs: number;
  private readonly inFlight: number;

  constructor(
    private readonly store: AccessLogStore,
    private readonly now: () => Date,
    private readonly log: (m: string) => void,
    o: AccessLogOptions = {},
  ) {
    this.flushMs = o.flushMs ?? 1000;
    this.inFlight = o.inFlight ?? 1;
    this.maxBuffered = o.maxBuffered ?? 50_000;
    this.retryMs = o.retryMs ?? 1000;
  }

  get pending(): number { return this.buffer.length; }

  async record(reader: AccessReader, cvrs: readonly string[], rows: number | null = null): Promise<void> {
    while (this.buffer.length >= this.maxBuffered) await new Promise<void>((resolve) => this.waiters.push(resolve));
    const at = this.now();
    for (const cvr of cvrs) {
      this.buffer.push({ id: newEventId(at.getTime()), at: at.toISOString(), userId: reader.userId, userName: reader.userName, cvr, via: reader.via, rows });
    }
    this.schedule(this.flushMs);
  }

  query(q: AccessQuery): Promise<AccessEvent[]> {
    return this.store.query(q);
  }

  /** Writes everything buffered now; rejects when storage refuses (the events stay buffered). */
  flush(): Promise<void> {
    this.flushing ??= this.writeAll().finally(() => { this.flushing = null; });
    return this.flushing;
  }

  /** At shutdown: a few tries to write what is left, then says how many events could not be written. */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (let attempt = 0; attempt < 3 && this.buffer.length > 0; attempt++) {
      await this.flush().catch(() => new Promise((r) => setTimeout(r, 200 * (attempt + 1))));
    }
    if (this.buffer.length > 0) this.log(`Access log: ${this.buffer.length} events could not be written before shutdown`);
  }

  private schedule(ms: number): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush().then(() => {
        this.failures = 0;
        if (this.buffer.length > 0) this.schedule(this.flushMs);
      }, (e: unknown) => {
        this.failures++;
        const delay = Math.min(this.retryMs * 2 ** (this.failures - 1), 30_000);
        this.log(`Access log write failed (${this.buffer.length} events kept, retry in ${delay} ms): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        this.schedule(delay);
      });
    }, ms);
    this.timer.unref();
  }

  private async writeAll(): Promise<void> {
    while (this.buffer.length > 0) {
      const batch = this.buffer.slice(0, 1000);
      await this.store.append(batch, this.inFlight);
      this.buffer.splice(0, batch.length);
      const waiting = this.waiters;
      this.waiters = [];
      for (const w of waiting) w();
    }
  }
}
