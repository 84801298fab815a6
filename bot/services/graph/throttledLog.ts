/**
 * One line per interval about a failing dependency. During a Graph outage every turn would otherwise log,
 * burying everything else; the count of suppressed lines still says how bad it was.
 */
export class ThrottledLog {
  private lastAt: number | null = null;
  private suppressed = 0;

  constructor(private readonly log: (message: string) => void, private readonly intervalMs = 60_000,
    private readonly now: () => number = Date.now) {}

  report(message: string): void {
    const t = this.now();
    if (this.lastAt !== null && t - this.lastAt < this.intervalMs) {
      this.suppressed++;
      return;
    }
    const more = this.suppressed > 0 ? ` (${this.suppressed} more since the last report)` : '';
    this.lastAt = t;
    this.suppressed = 0;
    try {
      this.log(message + more);
    } catch {
      // A broken logger must not turn a degraded answer into a failed turn.
    }
  }
}
