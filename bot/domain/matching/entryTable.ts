/**
 * What the scorer reads of every candidate name, in typed arrays rather than objects: at national
 * scale thousands of names are weighed per query, and following an object, its owner and its arrays
 * for each was what a search spent most of its time on (and what the garbage collector spent its
 * time marking). A name's words sit in one shared pool as term << POSTING_KIND_BITS | kind.
 */
import { POSTING_KIND_BITS } from './termIndex.js';
import { grown } from './typedArrays.js';

export class EntryTable {
  /** Where each entry's words start in `pool`, and how many there are. */
  start = new Int32Array(1024);
  length = new Uint16Array(1024);
  /** The company's area (locations.ts), or -1. */
  area = new Int32Array(1024);
  /** 1 for an active company, 0 for an ophørt one. */
  active = new Uint8Array(1024);
  pool = new Int32Array(4096);
  private used = 0;
  /** Pool slots of removed or replaced entries, reclaimed by compacting when they are half the pool. */
  private garbage = 0;

  set(id: number, codes: readonly number[], area: number, active: boolean): void {
    this.ensure(id);
    if (this.used + codes.length > this.pool.length) this.grow(codes.length);
    this.start[id] = this.used;
    this.length[id] = codes.length;
    for (const code of codes) this.pool[this.used++] = code;
    this.area[id] = area;
    this.active[id] = active ? 1 : 0;
  }

  /** The entry's words as term << POSTING_KIND_BITS | kind. */
  codes(id: number): Int32Array {
    return this.pool.subarray(this.start[id], this.start[id] + this.length[id]);
  }

  clear(id: number): void {
    this.garbage += this.length[id];
    this.length[id] = 0;
  }

  private ensure(id: number): void {
    if (id < this.start.length) return;
    const size = Math.max(id + 1, this.start.length * 2);
    this.start = grown(this.start, new Int32Array(size));
    this.length = grown(this.length, new Uint16Array(size));
    this.area = grown(this.area, new Int32Array(size));
    this.active = grown(this.active, new Uint8Array(size));
  }

  private grow(needed: number): void {
    if (this.garbage > this.used / 2) {
      this.compact();
      if (this.used + needed <= this.pool.length) return;
    }
    this.pool = grown(this.pool, new Int32Array(Math.max(this.used + needed, this.pool.length * 2)));
  }

  private compact(): void {
    const pool = new Int32Array(this.pool.length);
    let at = 0;
    for (let id = 0; id < this.start.length; id++) {
      const n = this.length[id];
      if (n === 0) continue;
      pool.set(this.pool.subarray(this.start[id], this.start[id] + n), at);
      this.start[id] = at;
      at += n;
    }
    this.pool = pool;
    this.used = at;
    this.garbage = 0;
  }
}

export const termOf = (code: number): number => code >>> POSTING_KIND_BITS;
export const kindOf = (code: number): number => code & ((1 << POSTING_KIND_BITS) - 1);

