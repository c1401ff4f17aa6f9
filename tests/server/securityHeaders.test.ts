import { request as httpRequest } from "node:http";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "../../db/schema/index.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

const PUBLIC_URL = "https://moedebord.test.invalid";
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ TRUST_PROXY: "true", PUBLIC_URL });
});
afterAll(() => server.close());

// fetch will not send a Host header of our choosing; node:http will, as an attacker's client would.
function withHost(path: string, host: string, init: { method?: string; cookie?: string; json?: unknown } = {}) {
  const url = new URL(server.url);
  const body = init.json === undefined ? undefined : JSON.stringify(init.json);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: init.method ?? "GET",
        headers: {
          host,
          "x-forwarded-host": host,
          ...(init.cookie ? { cookie: init.cookie } : {}),
          ...(body ? { "content-type": "application/json" } : {}),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("security headers", () => {
  it("puts the strict CSP and the framing, referrer and sniffing headers on every page and API answer", async () => {
    const paths = ["/", "/login", `/m/${randomUUID()}`, "/offentlig", `/offentlig/referat/${randomUUID()}`, "/api/me", "/api/findes-ikke"];
    for (const path of paths) {
      const res = await server.request(path);
      expect(res.headers.get("content-security-policy"), path).toBe(CSP);
      expect(res.headers.get("x-frame-options"), path).toBe("DENY");
      expect(res.headers.get("referrer-policy"), path).toBe("same-origin");
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
    }
  });

  it("serves the public pages' style as a file of its own, since no inline style is allowed", async () => {
    const page = await (await server.request("/offentlig")).text();
    expect(page).toContain('<link rel="stylesheet" href="/offentlig/hus.css">');
    expect(page).not.toMatch(/<style|<script/);
    const css = await server.request("/offentlig/hus.css");
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toMatch(/^text\/css/);
    expect(await css.text()).toContain("--accent:");
  });

  it("sends HSTS only when the request came over https (here: through the trusted proxy)", async () => {
    expect((await server.request("/")).headers.get("strict-transport-security")).toBeNull();
    expect((await server.request("/api/me", { headers: { "x-forwarded-proto": "http" } })).headers.get("strict-transport-security")).toBeNull();
    const https = await server.request("/", { headers: { "x-forwarded-proto": "https" } });
    expect(https.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });
});

describe("links the server writes", () => {
  it("builds mail links from PUBLIC_URL, never from Host or X-Forwarded-Host", async () => {
    const { db } = server.deps.database;
    const scenario = await createMeetingScenario(db, undefined, { startsAt: new Date(Date.now() + 7 * 86_400_000) });
    const chair = await login(server, scenario.chair.email);
    const secretary = await login(server, scenario.secretary.email);
    const path = `/api/meetings/${scenario.meetingId}/transitions`;
    expect((await withHost(path, "evil.example", { method: "POST", cookie: chair, json: { to: "dagsorden_kladde" } })).status).toBe(200);
    expect((await withHost(path, "evil.example", { method: "POST", cookie: secretary, json: { to: "dagsorden_udsendt" } })).status).toBe(200);
    const mails = (await db.select().from(outbox)).filter((m) => m.to === scenario.member.email);
    expect(mails.length).toBeGreaterThan(0);
    for (const mail of mails) {
      expect(mail.body).toContain(`${PUBLIC_URL}/m/${scenario.meetingId}`);
      expect(mail.body).not.toContain("evil.example");
    }
  });

  it("builds calendar feed URLs and the links inside the feed from PUBLIC_URL", async () => {
    const { db } = server.deps.database;
    const scenario = await createMeetingScenario(db, undefined, { startsAt: new Date(Date.now() + 7 * 86_400_000) });
    const cookie = await login(server, scenario.member.email);
    const made = await withHost("/api/me/calendar", "evil.example", { method: "POST", cookie });
    expect(made.status).toBe(201);
    const { url, forumUrl } = JSON.parse(made.body) as { url: string; forumUrl: string };
    expect(url).toMatch(new RegExp(`^${PUBLIC_URL}/ical/[a-z2-7]{52}\\.ics$`));
    expect(forumUrl.startsWith(`${PUBLIC_URL}/ical/`)).toBe(true);
    const feed = await withHost(new URL(url).pathname, "evil.example");
    expect(feed.status).toBe(200);
    // iCalendar folds long lines; unfold them before reading the URL.
    const unfolded = feed.body.replace(/\r\n /g, "");
    expect(unfolded).toContain(`URL;VALUE=URI:${PUBLIC_URL}/m/${scenario.meetingId}`);
    expect(unfolded).not.toContain("evil.example");
  });
});
