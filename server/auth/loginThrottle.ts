import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { loginAttempts } from "../../db/schema/index.js";

/** How the login backoff grows. */
export interface ThrottleSettings {
  /** First wait after the free failures, in milliseconds; doubles with each further failure. */
  baseMs: number;
  /** Longest wait, in milliseconds. */
  maxMs: number;
}

/** Failures one account gets before it waits at all. */
export const FREE_ACCOUNT_FAILURES = 5;
// Hospitals and municipalities put many people behind one address, so an
// address gets far more free failures than one account does.
/** Failures one client address gets before it waits at all. */
export const FREE_ADDRESS_FAILURES = 30;
/** The failure of a series on which the account's owner is mailed a lockout notice. */
export const LOCKOUT_NOTICE_AT = 10;
// A series of failures ends a day after its last failure, so an old typo never counts.
/** How long after its last failure a series of failed logins is over. */
export const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

/** The throttle keys one login attempt is counted under. */
export interface AttemptKeys {
  account: string;
  address: string;
}

/** The keys for this e-mail (already lower-cased) and client address. */
export function attemptKeys(email: string, address: string): AttemptKeys {
  return { account: `account:${email}`, address: `ip:${address}` };
}

/** Milliseconds until either key may try again; 0 when the attempt may be checked now. */
export async function waitBeforeAttempt(db: Db, keys: AttemptKeys, now: Date): Promise<number> {
  const rows = await db
    .select({ blockedUntil: loginAttempts.blockedUntil })
    .from(loginAttempts)
    .where(inArray(loginAttempts.key, [keys.account, keys.address]));
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil?.getTime() ?? 0));
  return Math.max(0, until - now.getTime());
}

/**
 * Counts one failure under a key in a single upsert and sets its next wait:
 * free for the first `free` failures, then base, 2×base, 4×base … up to max.
 * Returns the failures in the current series.
 */
async function countFailure(db: Db, key: string, free: number, settings: ThrottleSettings, now: Date): Promise<number> {
  const forgetBefore = new Date(now.getTime() - FORGET_AFTER_MS);
  const failures = sql`(case when ${loginAttempts.lastFailureAt} < ${forgetBefore.toISOString()}::timestamptz then 1 else ${loginAttempts.failures} + 1 end)`;
  // The exponent is capped so the power never overflows before `least` caps the wait.
  const wait = sql`least(${settings.baseMs}::float8 * power(2, least(${failures} - ${free} - 1, 40)), ${settings.maxMs}::float8)`;
  const [row] = await db
    .insert(loginAttempts)
    .values({ key, failures: 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: loginAttempts.key,
      set: {
        failures,
        lastFailureAt: now,
        blockedUntil: sql`case when ${failures} > ${free} then ${now.toISOString()}::timestamptz + make_interval(secs => ${wait} / 1000.0) else null end`,
      },
    })
    .returning({ failures: loginAttempts.failures });
  return row.failures;
}

/** Records a failed login under both keys; returns the account's failures in its current series. */
export async function recordFailure(db: Db, keys: AttemptKeys, settings: ThrottleSettings, now: Date): Promise<number> {
  const [account] = await Promise.all([
    countFailure(db, keys.account, FREE_ACCOUNT_FAILURES, settings, now),
    countFailure(db, keys.address, FREE_ADDRESS_FAILURES, settings, now),
  ]);
  return account;
}

// The address is not forgiven on success: one valid account must not wash
// away an address's guesses at other accounts.
/** Forgets the account's failures after a successful login. */
export async function forgetFailures(db: Db, keys: AttemptKeys): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.key, keys.account));
}
