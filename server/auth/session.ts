import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { sessions, users } from "../../db/schema/index.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Sessions live 30 days from their last use. */
export const SESSION_TTL_MS = 30 * DAY_MS;
// Renew when less than half the lifetime is left, so an active user never drops out.
const RENEW_BELOW_MS = 15 * DAY_MS;

/** The user behind a valid session, as routes see it. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  organisationId: string | null;
}

/** A validated session and its user. */
export interface SessionResult {
  sessionId: string;
  expiresAt: Date;
  user: SessionUser;
}

/** A new random 256-bit session token, base32 so it is cookie-safe. */
export function generateSessionToken(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/** The id a token is stored under: its SHA-256, so a database leak yields no usable tokens. */
export function sessionIdFromToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Stores a session for a freshly generated token. */
export async function createSession(db: Db, token: string, userId: string): Promise<{ expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.insert(sessions).values({ id: sessionIdFromToken(token), userId, expiresAt });
  return { expiresAt };
}

/**
 * Looks a token up; deletes it when expired and slides the expiry forward
 * when it is in its second half. Returns null for an unknown or expired token.
 */
export async function validateSessionToken(db: Db, token: string): Promise<SessionResult | null> {
  const sessionId = sessionIdFromToken(token);
  const rows = await db
    .select({
      expiresAt: sessions.expiresAt,
      id: users.id,
      email: users.email,
      name: users.name,
      organisationId: users.organisationId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId));
  const row = rows[0];
  if (!row) return null;
  const now = Date.now();
  if (now >= row.expiresAt.getTime()) {
    await db.delete(sessions).where(eq(sessions.id, sessionId));
    return null;
  }
  let expiresAt = row.expiresAt;
  if (now >= expiresAt.getTime() - RENEW_BELOW_MS) {
    expiresAt = new Date(now + SESSION_TTL_MS);
    await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, sessionId));
  }
  const { id, email, name, organisationId } = row;
  return { sessionId, expiresAt, user: { id, email, name, organisationId } };
}

/** Deletes one session (logout). */
export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}
