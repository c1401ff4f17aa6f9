import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessions } from "../../db/schema/index.js";
import { createUser } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { TEST_PASSWORD } from "../helpers/factories.js";

let server: TestServer;
let email: string;

beforeAll(async () => {
  server = await startTestServer();
  email = (await createUser(server.deps.database.db, { name: "Katrine Login Borg" })).email;
});
afterAll(() => server.close());

describe("POST /api/auth/login", () => {
  it("sets an HttpOnly, SameSite=Lax session cookie and stores only the token's hash", async () => {
    const res = await server.request("/api/auth/login", { method: "POST", json: { email: email.toUpperCase(), password: TEST_PASSWORD } });
    expect(res.status).toBe(200);
    expect((await res.json()).user).toMatchObject({ email, name: "Katrine Login Borg" });
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^session=[a-z2-7]{52};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const token = /session=([^;]+)/.exec(cookie)![1];
    const stored = await server.deps.database.db.select().from(sessions);
    expect(stored.some((s) => s.id === token)).toBe(false);
    expect(stored.every((s) => /^[0-9a-f]{64}$/.test(s.id))).toBe(true);
    const days = (stored[0].expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
  });

  it("answers a wrong password or an unknown user with 401 and a Danish message", async () => {
    for (const body of [
      { email, password: "forkert" },
      { email: "ingen@test.invalid", password: TEST_PASSWORD },
    ]) {
      const res = await server.request("/api/auth/login", { method: "POST", json: body });
      expect(res.status).toBe(401);
      expect(res.headers.get("set-cookie")).toBeNull();
      expect(await res.json()).toEqual({ error: { code: "invalid_credentials", message: "Forkert e-mail eller adgangskode." } });
    }
  });

  it("rejects malformed bodies with 400 in the common error shape", async () => {
    const notJson = await server.request("/api/auth/login", { method: "POST", body: "{", headers: { "content-type": "application/json" } });
    expect(notJson.status).toBe(400);
    const missing = await server.request("/api/auth/login", { method: "POST", json: { email } });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.code).toBe("invalid_request");
  });

  it("refuses a login posted from a foreign origin", async () => {
    const res = await server.request("/api/auth/login", {
      method: "POST",
      json: { email, password: TEST_PASSWORD },
      headers: { origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("bad_origin");
  });
});

describe("session lifecycle", () => {
  it("GET /api/me knows the user until logout deletes the session", async () => {
    const cookie = await login(server, email);
    const me = await server.request("/api/me", { cookie });
    expect(me.status).toBe(200);
    expect((await me.json()).user.email).toBe(email);

    const out = await server.request("/api/auth/logout", { method: "POST", cookie, headers: { origin: server.url } });
    expect(out.status).toBe(200);
    expect(out.headers.get("set-cookie")).toMatch(/session=;/);
    const after = await server.request("/api/me", { cookie });
    expect(after.status).toBe(401);
    expect((await after.json()).error.code).toBe("unauthenticated");
  });

  it("treats a forged token as no session", async () => {
    const res = await server.request("/api/me", { cookie: "session=abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrst" });
    expect(res.status).toBe(401);
  });
});

describe("health", () => {
  it("answers /healthz and /readyz", async () => {
    expect(await (await server.request("/healthz")).json()).toEqual({ ok: true });
    const ready = await server.request("/readyz");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ok: true, database: "postgres" });
  });
});
