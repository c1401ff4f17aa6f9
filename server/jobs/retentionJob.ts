import { and, count, isNull, lt, or } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { accessLog, loginAttempts } from "../../db/schema/index.js";
import { FORGET_AFTER_MS } from "../auth/loginThrottle.js";
import type { Logger } from "../logger.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** What one pruning deleted. */
export interface Pruned {
  accessLog: number;
  loginAttempts: number;
}

/**
 * Deletes access-log entries older than `retentionDays`, and the failed-login
 * counts whose series is over: the last failure more than a day ago and no
 * wait still running. Such a series would start afresh on the next failure
 * anyway, so nothing the throttle needs is lost.
 */
export async function pruneOldRecords(db: Db, retentionDays: number, now = new Date()): Promise<Pruned> {
  const logBefore = new Date(now.getTime() - retentionDays * DAY_MS);
  const seriesBefore = new Date(now.getTime() - FORGET_AFTER_MS);
  // Counted in the database: the first run after a long pause may delete many rows.
  const log = db.$with("log").as(db.delete(accessLog).where(lt(accessLog.at, logBefore)).returning({ id: accessLog.id }));
  const [{ n: logDeleted }] = await db.with(log).select({ n: count() }).from(log);
  const attempts = db
    .$with("attempts")
    .as(
      db
        .delete(loginAttempts)
        .where(and(lt(loginAttempts.lastFailureAt, seriesBefore), or(isNull(loginAttempts.blockedUntil), lt(loginAttempts.blockedUntil, now))))
        .returning({ key: loginAttempts.key }),
    );
  const [{ n: attemptsDeleted }] = await db.with(attempts).select({ n: count() }).from(attempts);
  return { accessLog: logDeleted, loginAttempts: attemptsDeleted };
}

/** Runs {@link pruneOldRecords} now and every `intervalMs`; returns the function that stops it. */
export function startRetentionJob(db: Db, log: Logger, retentionDays: number, intervalMs: number): () => Promise<void> {
  const prune = async () => {
    const pruned = await pruneOldRecords(db, retentionDays);
    if (pruned.accessLog > 0 || pruned.loginAttempts > 0) log.info(pruned, "old access-log entries and login failures deleted");
  };
  let running = prune().catch((error) => log.error({ err: error }, "retention job failed"));
  const timer = setInterval(() => {
    running = running.then(prune).catch((error) => log.error({ err: error }, "retention job failed"));
  }, intervalMs);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
