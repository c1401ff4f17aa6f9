import type { Room } from "./room.js";

interface Pending {
  room: Room;
  timer: NodeJS.Timeout;
  firstAt: number;
}

/**
 * Runs a task for a room once its edits settle: `debounceMs` after the last
 * edit, but no later than `maxWaitMs` after the first unsettled one, so a
 * document typed in without pause is still extracted every few seconds.
 * Runs for one room never overlap.
 */
export class ExtractionScheduler {
  private pending = new Map<Room, Pending>();
  private running = new Map<Room, Promise<void>>();

  constructor(
    private readonly task: (room: Room) => Promise<void>,
    private readonly debounceMs: number,
    private readonly maxWaitMs: number,
  ) {}

  /** Notes an edit to the room. */
  touch(room: Room): void {
    const now = Date.now();
    const existing = this.pending.get(room);
    if (existing) clearTimeout(existing.timer);
    const firstAt = existing?.firstAt ?? now;
    const delay = Math.max(0, Math.min(this.debounceMs, firstAt + this.maxWaitMs - now));
    this.pending.set(room, { room, firstAt, timer: setTimeout(() => void this.run(room), delay) });
  }

  /** Runs the pending task for the room now (if any) and waits for any run in progress. */
  async flush(room: Room): Promise<void> {
    const pending = this.pending.get(room);
    if (pending) await this.run(room);
    await this.running.get(room);
  }

  /**
   * Runs `fn` when no extraction of the room is running, after extracting
   * any pending edits, and holds further extractions until it is done: a
   * change that writes a table and the document together is never seen half done.
   */
  async exclusive<T>(room: Room, fn: () => Promise<T>): Promise<T> {
    const hadPending = this.pending.has(room);
    let result: T | undefined;
    await this.run(room, async () => {
      if (hadPending) await this.task(room);
      result = await fn();
    });
    return result as T;
  }

  private async run(room: Room, work: () => Promise<void> = () => this.task(room)): Promise<void> {
    const pending = this.pending.get(room);
    if (pending) clearTimeout(pending.timer);
    this.pending.delete(room);
    const previous = this.running.get(room) ?? Promise.resolve();
    const current = previous.then(work);
    this.running.set(room, current);
    try {
      await current;
    } finally {
      if (this.running.get(room) === current) this.running.delete(room);
    }
  }
}
