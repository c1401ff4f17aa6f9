import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAttempts, outbox } from "../../db/schema/index.js";
import { TEST_PASSWORD, createUser } from "../helpers/factories.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

// Each test sends from addresses of its own (the server trusts X-Forwarded-For
// here), so one test's failures never throttle another's.
const address = () => `10.${[1, 2, 3].map(() => randomBytes(1)[0]).join(".")}`;

function attempt(server: TestServer, email: string, password: string, from: string) {
  return server.request("/api/auth/login", { method: "POST", json: { email, password }, headers: { "x-forwarded-for": from } });
}

describe("login throttling with a 3-second window", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      TRUST_PROXY: "true",
      PUBLIC_URL: "https://moedebord.test.invalid",
      LOGIN_BACKOFF_BASE_MS: "3000",
      LOGIN_BACKOFF_MAX_MS: "3000",
      LOGIN_HASH_CONCURRENCY: "2",
      LOGIN_HASH_QUEUE: "4",
    });
  });
  afterAll(() => server.close());

  it("answers 40 wrong passwords with 429 and Retry-After once the free failures are spent, then lets the right password in after the window", async () => {
    const { email } = await createUser(server.deps.database.db);
    const from = address();
    const answers: Response[] = [];
    for (let i = 0; i < 40; i++) answers.push(await attempt(server, email, "forkert", from));
    expect(answers.slice(0, 6).map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 401]);
    const throttled = answers.filter((r) => r.status === 429);
    expect(throttled.length).toBeGreaterThanOrEqual(30);
    for (const r of throttled) {
      expect(r.headers.get("retry-after")).toMatch(/^[1-3]$/);
      expect((await r.json()).error).toMatchObject({ code: "too_many_attempts", message: expect.stringMatching(/^For mange forkerte forsøg/) });
    }
    // Inside the window even the right password is not checked.
    expect((await attempt(server, email, TEST_PASSWORD, from)).status).toBe(429);
    const ok = await waitFor(async () => {
      const r = await attempt(server, email, TEST_PASSWORD, from);
      expect(r.status).toBe(200);
      return r;
    });
    expect((await ok.json()).user.email).toBe(email);
    // Success forgives the account.
    const rows = await server.deps.database.db.select().from(loginAttempts).where(eq(loginAttempts.key, `account:${email}`));
    expect(rows).toEqual([]);
  });

  it("throttles one address guessing at many accounts, known or not", async () => {
    const from = address();
    for (let i = 0; i < 31; i++) {
      expect((await attempt(server, `gaet-${i}@test.invalid`, "forkert", from)).status).toBe(401);
    }
    const next = await attempt(server, "ny-konto@test.invalid", "forkert", from);
    expect(next.status).toBe(429);
    expect(Number(next.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another address is not held back by it.
    expect((await attempt(server, "ny-konto@test.invalid", "forkert", address())).status).toBe(401);
  });

  it("never hashes more than the concurrency limit at once in a flood, and refuses the overflow with 503 without hashing", async () => {
    const flood = await Promise.all(
      Array.from({ length: 60 }, (_, i) => attempt(server, `flod-${i}@test.invalid`, "forkert", address())),
    );
    const statuses = flood.map((r) => r.status);
    expect(statuses.every((s) => s === 401 || s === 503)).toBe(true);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
    const busy = flood.find((r) => r.status === 503)!;
    expect((await busy.json()).error.code).toBe("login_busy");
    const metrics = await (await server.request("/metrics")).text();
    const peak = Number(/^moedebord_login_hashes_peak (\d+)/m.exec(metrics)![1]);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(2);
    expect(Number(/^moedebord_login_busy_total (\d+)/m.exec(metrics)![1])).toBe(statuses.filter((s) => s === 503).length);
  });
});

describe("lockout notice", () => {
  let server: TestServer;
  beforeAll(async () => {
    // A 1 ms window lets every wrong password be checked and counted.
    server = await startTestServer({ TRUST_PROXY: "true", PUBLIC_URL: "https://moedebord.test.invalid", LOGIN_BACKOFF_BASE_MS: "1", LOGIN_BACKOFF_MAX_MS: "1" });
  });
  afterAll(() => server.close());

  it("mails the account's owner once, however many failures follow", async () => {
    const { email } = await createUser(server.deps.database.db, { name: "Bodil Spærret Holm" });
    for (let i = 0; i < 40; i++) {
      const r = await attempt(server, email, "forkert", address());
      expect([401, 429]).toContain(r.status);
    }
    const [row] = await server.deps.database.db.select().from(loginAttempts).where(eq(loginAttempts.key, `account:${email}`));
    expect(row.failures).toBeGreaterThanOrEqual(10);
    const mails = await server.deps.database.db.select().from(outbox).where(eq(outbox.to, email));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("Mange forkerte forsøg på at logge ind på din konto");
    expect(mails[0].body).toContain("Kære Bodil Spærret Holm");
    expect(mails[0].body).toContain("https://moedebord.test.invalid/login");
    await waitFor(async () => expect((await attempt(server, email, TEST_PASSWORD, address())).status).toBe(200));
  });
});
