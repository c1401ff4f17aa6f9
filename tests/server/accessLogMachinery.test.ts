import { Writable } from "node:stream";
import { Hono } from "hono";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client.js";
import { accessLog, loginAttempts } from "../../db/schema/index.js";
import { accessLogMiddleware } from "../../server/audit/accessLogMiddleware.js";
import { AccessLogWriter, type AccessEntry } from "../../server/audit/accessLogWriter.js";
import { noteAccess } from "../../server/audit/accessTrail.js";
import type { SessionResult } from "../../server/auth/session.js";
import type { AppDeps, AppEnv } from "../../server/context.js";
import { pruneOldRecords } from "../../server/jobs/retentionJob.js";
import { createTestDatabase, createTestDatabaseUrl } from "../helpers/database.js";
import { createForum, createTestMeeting, createUser } from "../helpers/factories.js";
import { startTestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

const DAY = 24 * 60 * 60 * 1000;
let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** A logger whose lines the test can read. */
function capturingLogger() {
  const lines: { level: number; msg: string }[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: "info" }, stream), lines };
}

const entry = (fields: Partial<AccessEntry> = {}): AccessEntry => ({ action: "change", subject: "meeting", detail: "Ændrede mødets oplysninger", userId: crypto.randomUUID(), ip: "127.0.0.1", ...fields });

describe("retention", () => {
  it("deletes access-log entries past the retention and login failures whose series is over, as of an injected clock", async () => {
    const { db } = database;
    const now = new Date("2030-06-01T10:00:00Z");
    const ago = (ms: number) => new Date(now.getTime() - ms);
    await db.insert(accessLog).values([
      { at: ago(200 * DAY), action: "read", subject: "meeting", detail: "200 dage" },
      { at: ago(184 * DAY), action: "read", subject: "meeting", detail: "184 dage" },
      { at: ago(182 * DAY), action: "read", subject: "meeting", detail: "182 dage" },
      { at: ago(DAY), action: "read", subject: "meeting", detail: "i går" },
    ]);
    await db.insert(loginAttempts).values([
      { key: "account:ended@test.invalid", failures: 3, lastFailureAt: ago(2 * DAY), blockedUntil: null },
      { key: "ip:10.0.0.1", failures: 40, lastFailureAt: ago(2 * DAY), blockedUntil: ago(2 * DAY - 15 * 60 * 1000) },
      { key: "account:blocked@test.invalid", failures: 12, lastFailureAt: ago(2 * DAY), blockedUntil: new Date(now.getTime() + 60 * 60 * 1000) },
      { key: "account:recent@test.invalid", failures: 2, lastFailureAt: ago(60 * 60 * 1000), blockedUntil: null },
    ]);

    expect(await pruneOldRecords(db, 183, now)).toEqual({ accessLog: 2, loginAttempts: 2 });
    expect((await db.select().from(accessLog)).map((e) => e.detail).sort()).toEqual(["182 dage", "i går"]);
    expect((await db.select().from(loginAttempts)).map((a) => a.key).sort()).toEqual(["account:blocked@test.invalid", "account:recent@test.invalid"]);
    // Nothing more is due the same day.
    expect(await pruneOldRecords(db, 183, now)).toEqual({ accessLog: 0, loginAttempts: 0 });
  });

  it("runs when the server starts, with the retention it is configured with", async () => {
    const url = await createTestDatabaseUrl();
    const seeded = await openDatabase({ url, dataDir: "" });
    await seeded.migrate();
    await seeded.db.insert(accessLog).values([
      { at: new Date(Date.now() - 31 * DAY), action: "read", subject: "meeting", detail: "en måned gammel" },
      { at: new Date(Date.now() - 29 * DAY), action: "read", subject: "meeting", detail: "under en måned" },
    ]);
    await seeded.close();
    const server = await startTestServer({ DATABASE_URL: url, ACCESS_LOG_RETENTION_DAYS: "30" });
    try {
      await waitFor(async () => expect((await server.deps.database.db.select().from(accessLog)).map((e) => e.detail)).toEqual(["under en måned"]));
    } finally {
      await server.close();
    }
  });
});

describe("writing the log", () => {
  it("never fails the request when an entry cannot be written, but logs it; in strict mode it throws", async () => {
    const broken = [entry({ userId: "not-a-uuid" })];
    const { logger, lines } = capturingLogger();
    await expect(new AccessLogWriter(database.db, logger, false).write(broken)).resolves.toBeUndefined();
    expect(lines).toContainEqual(expect.objectContaining({ level: 50, msg: "access log entries could not be written" }));
    await expect(new AccessLogWriter(database.db, logger, true).write(broken)).rejects.toThrow();
  });

  it("fills in the meeting and forum of an entry that names only a document", async () => {
    const { logger } = capturingLogger();
    const forum = await createForum(database.db);
    const { meetingId, documentId } = await createTestMeeting(database.db, forum.id);
    await new AccessLogWriter(database.db, logger, true).write([entry({ documentId, detail: "kendt dokument" }), entry({ documentId: crypto.randomUUID(), detail: "ukendt dokument" })]);
    const rows = await database.db.select().from(accessLog);
    expect(rows.find((r) => r.detail === "kendt dokument")).toMatchObject({ meetingId, forumId: forum.id });
    // An unknown document is written as it is, without a meeting.
    expect(rows.find((r) => r.detail === "ukendt dokument")).toMatchObject({ meetingId: null, forumId: null });
  });
});

describe("a route that forgets its entry", () => {
  /** A bare app with the access-log middleware behind a logged-in session, and three routes. */
  function app(strict: boolean, userId: string) {
    const { logger, lines } = capturingLogger();
    const deps = { env: { ACCESS_LOG_STRICT: strict, TRUST_PROXY: false }, logger, accessLog: new AccessLogWriter(database.db, logger, strict) } as unknown as AppDeps;
    const hono = new Hono<AppEnv>()
      .use(async (c, next) => {
        c.set("session", { user: { id: userId } } as SessionResult);
        await next();
      })
      .use(accessLogMiddleware(deps))
      .get("/api/forgetful", (c) => c.json({ ok: true }))
      .get("/api/remembers", (c) => {
        noteAccess(c, { action: "read", subject: "forum", detail: "Husker sin indgang" });
        return c.json({ ok: true });
      })
      .get("/api/me", (c) => c.json({ ok: true }));
    hono.onError((error, c) => c.json({ error: error.message }, 500));
    return { hono, lines };
  }

  it("fails in strict mode, is reported otherwise, and a listed or noting route passes", async () => {
    const user = await createUser(database.db);
    const strict = app(true, user.id);
    const forgot = await strict.hono.request("/api/forgetful");
    expect(forgot.status).toBe(500);
    expect((await forgot.json()).error).toBe("GET /api/forgetful answered without an access-log entry");
    expect((await strict.hono.request("/api/me")).status).toBe(200);
    expect((await strict.hono.request("/api/remembers")).status).toBe(200);
    const rows = await database.db.select().from(accessLog);
    expect(rows.filter((r) => r.userId === user.id).map((r) => [r.detail, r.ip])).toEqual([["Husker sin indgang", "unknown"]]);

    const lenient = app(false, user.id);
    expect((await lenient.hono.request("/api/forgetful")).status).toBe(200);
    expect(lenient.lines).toContainEqual(expect.objectContaining({ level: 50, msg: "request answered without an access-log entry" }));
  });
});
