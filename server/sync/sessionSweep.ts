import type { Db } from "../../db/client.js";
import type { Logger } from "../logger.js";
import { liveSessionIds } from "../queries/liveSessions.js";
import type { RoomRegistry } from "./roomRegistry.js";

/**
 * Closes (4401) this process's open connections whose session has expired
 * or been deleted since the upgrade. Each node checks only its own
 * connections, so it works with any number of nodes.
 */
export async function closeEndedSessions(db: Db, rooms: RoomRegistry): Promise<number> {
  const open = rooms.sessionIds();
  if (open.size === 0) return 0;
  const live = await liveSessionIds(db, [...open]);
  let ended = 0;
  for (const sessionId of open) {
    if (live.has(sessionId)) continue;
    rooms.endSession(sessionId);
    ended += 1;
  }
  return ended;
}

/** Runs {@link closeEndedSessions} every `intervalMs`, one run at a time; returns the function that stops it. */
export function startSessionSweep(db: Db, rooms: RoomRegistry, log: Logger, intervalMs: number): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    // A slow database must not pile runs up behind each other.
    if (busy) return;
    busy = true;
    running = closeEndedSessions(db, rooms)
      .then((ended) => {
        if (ended > 0) log.info({ ended }, "closed connections of ended sessions");
      })
      // While the database is away nothing is known to have ended: connections stay open.
      .catch((error: unknown) => log.warn({ err: error }, "checking open connections' sessions failed"))
      .finally(() => {
        busy = false;
      });
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
