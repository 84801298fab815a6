/**
 * A task run now and then in the background, never twice at once: a call while one run is in flight shares
 * that run's result. Used by the in-memory register and the contact read model to catch up with storage.
 */
export class Poller<T> {
  private running: Promise<T> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly task: () => Promise<T>) {}

  run(): Promise<T> {
    this.running ??= this.task().finally(() => { this.running = null; });
    return this.running;
  }

  start(intervalMs: number, onError: (e: unknown) => void): void {
    this.stop();
    this.timer = setInterval(() => { this.run().catch(onError); }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
