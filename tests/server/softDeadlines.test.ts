import { eq } from "drizzle-orm";
import ical from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forums } from "../../db/schema/index.js";
import { createForum as createForumCommand } from "../../server/commands/forumAdministration.js";
import { copenhagenDate } from "../../shared/rules/copenhagenTime.js";
import { defaultEvaluationDue } from "../../shared/rules/evaluation.js";
import { RULES_SYD } from "../../shared/rules/kommissorium.js";
import { createTestMeeting } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { createSydScenario, type SydScenario } from "../helpers/sydScenario.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let syd: SydScenario;
// Three days ahead: the agenda was due ten working days before, so that deadline is missed.
const soon = new Date(Date.now() + 3 * 86_400_000);
const year = Number(copenhagenDate(soon).slice(0, 4));

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.deps.database;
  syd = await createSydScenario(db);
  await db.update(forums).set({ rules: RULES_SYD, deadlinesFirm: false, evaluationDue: "2027-03-01" }).where(eq(forums.id, syd.driftsgruppe.id));
  await db.update(forums).set({ rules: RULES_SYD, deadlinesFirm: true }).where(eq(forums.id, syd.styregruppe.id));
});
afterAll(() => server.close());

/** A planned meeting of `forumId` three days ahead, whose agenda deadline has passed. */
const lateMeeting = (forumId: string) => createTestMeeting(server.deps.database.db, forumId, undefined, { startsAt: soon });

const step = (cookie: string, meetingId: string, to: string) => server.request(`/api/meetings/${meetingId}/transitions`, { method: "POST", json: { to }, cookie });

describe("deadlines that only tilstræbes", () => {
  it("warns of the missed agenda deadline as soft, everywhere it is shown, and blocks no step", async () => {
    const { meetingId } = await lateMeeting(syd.driftsgruppe.id);
    const cookie = await login(server, syd.people.secretary.email);
    const missed = { deadline: "agenda", state: "missed", firm: false };

    const { meeting } = await (await server.request(`/api/meetings/${meetingId}`, { cookie })).json();
    expect(meeting.deadlinesFirm).toBe(false);
    expect(meeting.warnings).toEqual([expect.objectContaining(missed)]);
    const listed = (await (await server.request("/api/meetings", { cookie })).json()).meetings.find((m: { id: string }) => m.id === meetingId);
    expect(listed.warnings).toEqual([expect.objectContaining(missed)]);
    const planned = (await (await server.request(`/api/plan?year=${year}&forumId=${syd.driftsgruppe.id}`, { cookie })).json()).meetings.find((m: { id: string }) => m.id === meetingId);
    expect(planned).toMatchObject({ deadlinesFirm: false, warnings: [expect.objectContaining(missed)] });

    const { url } = await (await server.request("/api/me/calendar", { method: "POST", cookie })).json();
    const events = Object.values(ical.sync.parseICS(await (await server.request(new URL(url).pathname)).text())) as ical.VEvent[];
    expect(String(events.find((e) => e.uid === `${meetingId}@moedebord`)?.description)).toMatch(/^Dagsorden tilstræbes udsendt senest \d+\. \p{L}+ \d{4}\./u);

    expect((await step(cookie, meetingId, "dagsorden_kladde")).status).toBe(200);
    const sent = await step(cookie, meetingId, "dagsorden_udsendt");
    expect(sent.status).toBe(200);
    expect((await sent.json()).meeting).toMatchObject({ status: "dagsorden_udsendt", warnings: [] });
  });

  it("keeps firm deadlines worded as binding, warning as before without blocking", async () => {
    const { meetingId } = await lateMeeting(syd.styregruppe.id);
    const cookie = await login(server, syd.people.styreChair.email);
    const { meeting } = await (await server.request(`/api/meetings/${meetingId}`, { cookie })).json();
    expect(meeting.deadlinesFirm).toBe(true);
    expect(meeting.warnings).toEqual([expect.objectContaining({ deadline: "agenda", state: "missed", firm: true })]);

    const { url } = await (await server.request("/api/me/calendar", { method: "POST", cookie })).json();
    const events = Object.values(ical.sync.parseICS(await (await server.request(new URL(url).pathname)).text())) as ical.VEvent[];
    expect(String(events.find((e) => e.uid === `${meetingId}@moedebord`)?.description)).toMatch(/^Dagsorden udsendes senest /);
    expect((await step(cookie, meetingId, "dagsorden_kladde")).status).toBe(200);
    expect((await step(cookie, meetingId, "dagsorden_udsendt")).status).toBe(200);
  });
});

describe("the forum's evaluation date", () => {
  it("is told to the forum's members with whether its deadlines are firm", async () => {
    const res = await server.request("/api/forums", { cookie: await login(server, syd.people.member.email) });
    expect((await res.json()).forums).toEqual([expect.objectContaining({ id: syd.driftsgruppe.id, evaluationDue: "2027-03-01", deadlinesFirm: false })]);
  });

  it("falls a year after creation when a new forum names none", async () => {
    const { db } = server.deps.database;
    const forum = await createForumCommand(db, { regionId: syd.regionId, clusterId: null }, { name: "Ny arbejdsgruppe", kind: "arbejdsgruppe" });
    expect(forum.evaluationDue).toBe(defaultEvaluationDue(new Date()));
    const named = await createForumCommand(db, { regionId: syd.regionId, clusterId: null }, { name: "Navngivet gruppe", kind: "arbejdsgruppe", evaluationDue: "2030-06-01" });
    expect(named.evaluationDue).toBe("2030-06-01");
  });
});
