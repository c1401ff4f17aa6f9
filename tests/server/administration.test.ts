import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clusterAdmins, memberships, outbox } from "../../db/schema/index.js";
import { drainOutbox } from "../../server/mail/outboxWorker.js";
import { RULES_SYD } from "../../shared/rules/kommissorium.js";
import { addForum, addMember, createMeetingScenario, createUser } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { startSmtpReceiver } from "../helpers/smtpReceiver.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let admin: string;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  server = await startTestServer({ SMTP_URL: smtp.url, MAIL_POLL_MS: "100" });
  const { db } = server.deps.database;
  scenario = await createMeetingScenario(db);
  await db.insert(clusterAdmins).values({ clusterId: scenario.forum.clusterId!, userId: scenario.secretary.id });
  admin = await login(server, scenario.secretary.email);
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const api = (path: string, method: string, json: unknown, cookie = admin) => server.request(path, { method, json, cookie });

describe("forums and their rules", () => {
  it("creates a forum like Driftsgruppen Syd with working-day rules, and refuses bad rules and loops", async () => {
    const base = `/api/admin/clusters/${scenario.forum.clusterId}/forums`;
    const created = await api(base, "POST", { name: "Driftsgruppen Syd", kind: "driftsgruppe", reportsTo: [scenario.forum.id], rules: RULES_SYD });
    expect(created.status).toBe(201);
    const { forum } = await created.json();
    expect(forum.rules).toEqual(RULES_SYD);
    expect(forum.reportsTo).toEqual([scenario.forum.id]);

    const negative = await api(base, "POST", { name: "X", kind: "andet", rules: { ...RULES_SYD, agendaLead: { value: -3, unit: "days" } } });
    expect(negative.status).toBe(400);
    expect((await negative.json()).error.message).toContain("Antallet kan ikke være negativt.");

    const self = await api(`/api/admin/forums/${forum.id}`, "PATCH", { reportsTo: [forum.id] });
    expect(self.status).toBe(400);
    const loop = await api(`/api/admin/forums/${scenario.forum.id}`, "PATCH", { reportsTo: [forum.id] });
    expect(loop.status).toBe(400);
    expect((await loop.json()).error).toEqual({ code: "reporting_loop", message: "Et forum kan ikke referere til sig selv, hverken direkte eller gennem andre fora." });

    const member = await login(server, scenario.member.email);
    expect((await api(base, "POST", { name: "Y", kind: "andet" }, member)).status).toBe(403);
    const listed = await (await server.request("/api/admin/clusters", { cookie: admin })).json();
    expect(listed.clusters[0].forums.map((f: { name: string }) => f.name)).toContain("Driftsgruppen Syd");
  });

  it("changes only the fields a PATCH sends", async () => {
    const base = `/api/admin/clusters/${scenario.forum.clusterId}/forums`;
    const { forum } = await (await api(base, "POST", { name: "Driftsforum Somatik", kind: "driftsforum", reportsTo: [scenario.forum.id], rules: RULES_SYD, deadlinesFirm: false })).json();
    const renamed = await api(`/api/admin/forums/${forum.id}`, "PATCH", { name: "Driftsforum Voksen Somatik" });
    expect(renamed.status).toBe(200);
    expect((await renamed.json()).forum).toMatchObject({ name: "Driftsforum Voksen Somatik", kind: "driftsforum", reportsTo: [scenario.forum.id], rules: RULES_SYD, deadlinesFirm: false });
    const unknown = await api(`/api/admin/forums/${forum.id}`, "PATCH", { regionWide: true });
    expect(unknown.status).toBe(400);
  });
});

describe("members and invitations", () => {
  it("seats at once a user who already sits in the cluster", async () => {
    const { db } = server.deps.database;
    const existing = await createUser(db, { name: "Eksisterende Bruger" });
    const sibling = await addForum(db, { regionId: scenario.forum.regionId, clusterId: scenario.forum.clusterId }, "Driftsforum", "driftsforum");
    await addMember(db, sibling.id, existing.id, "member");
    const res = await api(`/api/admin/forums/${scenario.forum.id}/members`, "POST", { email: existing.email, name: existing.name, role: "observer" });
    expect(res.status).toBe(201);
    const seat = await db.select().from(memberships).where(and(eq(memberships.userId, existing.id), eq(memberships.forumId, scenario.forum.id)));
    expect(seat.map((s) => s.role)).toEqual(["observer"]);
  });

  it("invites a newcomer by e-mail through SMTP; the single-use link creates the account", async () => {
    const res = await api(`/api/admin/forums/${scenario.forum.id}/members`, "POST", { email: "Ny.Person@test.invalid", name: "Nina Ny", role: "member" });
    expect(res.status).toBe(202);
    expect((await res.json()).link).toBeUndefined();
    const mail = await waitFor(() => {
      const m = smtp.received.find((r) => r.to.includes("ny.person@test.invalid"));
      expect(m).toBeDefined();
      return m!;
    });
    const token = /\/invitation\/([a-z2-7]{52})/.exec(mail.raw.replace(/=\r?\n/g, ""))![1];
    const info = await (await server.request(`/api/invitations/${token}`)).json();
    expect(info.invitation).toMatchObject({ email: "ny.person@test.invalid", forumName: "Chefforum", role: "member" });

    const short = await server.request(`/api/invitations/${token}/accept`, { method: "POST", json: { name: "Nina Ny", password: "kort" } });
    expect(short.status).toBe(400);
    expect((await short.json()).error.message).toContain("mindst 10 tegn");
    const accepted = await server.request(`/api/invitations/${token}/accept`, { method: "POST", json: { name: "Nina Ny", password: "en-lang-adgangskode" } });
    expect(accepted.status).toBe(201);
    const cookie = /session=[^;]+/.exec(accepted.headers.get("set-cookie")!)![0];
    const meetings = await (await server.request("/api/meetings", { cookie })).json();
    expect(meetings.meetings.map((m: { id: string }) => m.id)).toContain(scenario.meetingId);
    expect((await server.request(`/api/invitations/${token}/accept`, { method: "POST", json: { name: "Igen", password: "en-lang-adgangskode" } })).status).toBe(404);
  });

  it("retries mail the SMTP server refuses, later", async () => {
    smtp.rejectNext(1);
    const { db } = server.deps.database;
    await api(`/api/admin/forums/${scenario.forum.id}/members`, "POST", { email: "retry@test.invalid", name: "Rasmus Retry", role: "member" });
    const row = await waitFor(async () => {
      const [r] = await db.select().from(outbox).where(eq(outbox.to, "retry@test.invalid"));
      expect(r.attempts).toBe(1);
      return r;
    });
    expect(row.status).toBe("queued");
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    const nodemailer = (await import("nodemailer")).default;
    const transport = nodemailer.createTransport(smtp.url);
    await drainOutbox(db, server.deps.logger, { smtpUrl: smtp.url, from: "test@test.invalid" }, transport, new Date(row.nextAttemptAt.getTime() + 1));
    transport.close();
    const [after] = await db.select().from(outbox).where(eq(outbox.id, row.id));
    expect(after.status).toBe("sent");
    expect(smtp.received.some((r) => r.to.includes("retry@test.invalid"))).toBe(true);
  });
});

describe("without a mail server", () => {
  it("shows the admin the invitation link and logs the mail", async () => {
    // A database of its own: the other server would otherwise send this mail through SMTP.
    const bare = await startTestServer({ MAIL_POLL_MS: "100" });
    try {
      const own = await createMeetingScenario(bare.deps.database.db);
      await bare.deps.database.db.insert(clusterAdmins).values({ clusterId: own.forum.clusterId!, userId: own.secretary.id });
      const cookie = await login(bare, own.secretary.email);
      const res = await bare.request(`/api/admin/forums/${own.forum.id}/members`, { method: "POST", json: { email: "uden@test.invalid", name: "Uden Mail", role: "member" }, cookie });
      expect(res.status).toBe(202);
      expect((await res.json()).link).toMatch(/\/invitation\/[a-z2-7]{52}$/);
      await waitFor(async () => {
        const [row] = await bare.deps.database.db.select().from(outbox).where(eq(outbox.to, "uden@test.invalid"));
        expect(row.status).toBe("logged");
      });
    } finally {
      await bare.close();
    }
  });
});
