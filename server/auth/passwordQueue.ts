import pLimit from "p-limit";
import type { Metrics } from "../metrics.js";
import { AppError } from "../errors.js";

/**
 * Runs password hashing a few at a time. Each argon2 hash holds about 19 MiB,
 * so a flood of logins waits in a short queue, and beyond it is refused at
 * once without hashing, rather than exhausting memory.
 */
export class PasswordQueue {
  private readonly limit;
  private active = 0;
  private peak = 0;

  constructor(
    concurrency: number,
    private readonly queueBound: number,
    private readonly metrics: Metrics,
  ) {
    this.limit = pLimit(concurrency);
  }

  /** Runs `work` when a slot is free; throws 503 `login_busy` when the queue is full. */
  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.limit.pendingCount >= this.queueBound && this.limit.activeCount >= this.limit.concurrency) {
      this.metrics.loginBusy.inc();
      throw new AppError(503, "login_busy", "Der er travlt med at logge ind lige nu. Prøv igen om et øjeblik.");
    }
    return this.limit(async () => {
      this.active += 1;
      this.metrics.loginHashesActive.set(this.active);
      // The peak only ever rises, so a scrape after a burst still shows the most that ran at once.
      if (this.active > this.peak) this.metrics.loginHashesPeak.set((this.peak = this.active));
      try {
        return await work();
      } finally {
        this.active -= 1;
        this.metrics.loginHashesActive.set(this.active);
      }
    });
  }
}
