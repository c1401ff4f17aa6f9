interface Pending {
  timer: NodeJS.Timeout;
  firstAt: number;
}

/**
 * Runs a task for a key (a room, a document) once its changes settle:
 * `debounceMs` after the last change, but no later than `maxWaitMs` after
 * the first unsettled one, so a document typed in without pause is still
 * handled every few seconds. Runs for one key never overlap. The task
 * handles its own errors: it must not reject.
 */
export class SettleScheduler<K> {
  private pending = new Map<K, Pending>();
  private running = new Map<K, Promise<void>>();

  constructor(
    private readonly task: (key: K) => Promise<void>,
    private readonly debounceMs: number,
    private readonly maxWaitMs: number,
  ) {}

  /** Notes a change to the key. */
  touch(key: K): void {
    const now = Date.now();
    const existing = this.pending.get(key);
    if (existing) clearTimeout(existing.timer);
    const firstAt = existing?.firstAt ?? now;
    const delay = Math.max(0, Math.min(this.debounceMs, firstAt + this.maxWaitMs - now));
    this.pending.set(key, { firstAt, timer: setTimeout(() => void this.run(key), delay) });
  }

  /** Whether a run for the key waits for its changes to settle. */
  has(key: K): boolean {
    return this.pending.has(key);
  }

  /** The keys whose run waits for their changes to settle. */
  keys(): K[] {
    return [...this.pending.keys()];
  }

  /** Runs the pending task for the key now (if any) and waits for any run in progress. */
  async flush(key: K): Promise<void> {
    if (this.pending.has(key)) await this.run(key);
    await this.running.get(key);
  }

  /** Flushes every key. */
  async flushAll(): Promise<void> {
    await Promise.all([...new Set([...this.pending.keys(), ...this.running.keys()])].map((key) => this.flush(key)));
  }

  private async run(key: K): Promise<void> {
    clearTimeout(this.pending.get(key)?.timer);
    this.pending.delete(key);
    const previous = this.running.get(key) ?? Promise.resolve();
    const current = previous.then(() => this.task(key));
    this.running.set(key, current);
    try {
      await current;
    } finally {
      if (this.running.get(key) === current) this.running.delete(key);
    }
  }
}
