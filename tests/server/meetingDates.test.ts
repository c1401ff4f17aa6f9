import { eq, sql } from "drizzle-orm";
import ical from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clusters, meetings } from "../../db/schema/index.js";
import { closeApprovalRound } from "../../server/commands/minutesApproval.js";
import { createMeeting } from "../../server/commands/meetingCreator.js";
import { syncBlocks } from "../../server/commands/blockSyncer.js";
import { extractBlocks } from "../../shared/blocks/extractBlocks.js";
import { build } from "../../shared/editor/build.js";
import { createMeetingScenario, createTestMeeting, holdMeeting } from "../helpers/factories.js";
import { loginAll } from "../helpers/session.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let cookies: Awaited<ReturnType<typeof loginAll>>;
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  server = await startTestServer();
  scenario = await createMeetingScenario(server.deps.database.db);
  cookies = await loginAll(server, scenario);
});
afterAll(() => server.close());

const create = (body: Record<string, unknown>) =>
  server.request("/api/meetings", { method: "POST", json: { forumId: scenario.forum.id, title: "Møde i Chefforum", ...body }, cookie: cookies.secretary });
const move = (meetingId: string, body: unknown) => server.request(`/api/meetings/${meetingId}`, { method: "PATCH", json: body, cookie: cookies.secretary });
const stored = async (meetingId: string) => (await server.deps.database.db.select().from(meetings).where(eq(meetings.id, meetingId)))[0];
const step = (meetingId: string, cookie: string, to: string) => server.request(`/api/meetings/${meetingId}/transitions`, { method: "POST", json: { to }, cookie });

describe("the dates a meeting may have", () => {
  it("takes a meeting in the past, so a forum can bring its earlier meetings in", async () => {
    const res = await create({ title: "Chefforum marts 2019", startsAt: "2019-03-04T14:00:00+01:00" });
    expect(res.status).toBe(201);
    const { meeting, warnings } = await res.json();
    expect(meeting).toMatchObject({ startsAt: "2019-03-04T13:00:00.000Z", dateProblem: null, status: "planlagt" });
    expect(meeting.deadlines.agendaDue).toBe("2019-02-18");
    expect(warnings).toEqual([]);
    const moved = await move(meeting.id, { startsAt: "2015-09-10T09:00:00+02:00" });
    expect(moved.status).toBe(200);
    expect((await moved.json()).meeting.startsAt).toBe("2015-09-10T07:00:00.000Z");
  });

  it("refuses a date before 2000 or more than ten years ahead, on create and on move, in Danish", async () => {
    const early = await create({ startsAt: "1999-12-31T23:00:00+01:00" });
    expect(early.status).toBe(400);
    const { error } = await early.json();
    expect(error.code).toBe("date_out_of_range");
    expect(error.message).toMatch(/^Mødets dato skal ligge mellem 1\. januar 2000 og \d+\. [a-zæøå]+ \d{4} \(højst 10 år frem\)\.$/);

    const tooFar = new Date(Date.now() + 10 * 366 * 24 * HOUR).toISOString();
    expect((await (await create({ startsAt: tooFar })).json()).error.code).toBe("date_out_of_range");
    const withinTen = new Date(Date.now() + 9 * 365 * 24 * HOUR).toISOString();
    expect((await create({ startsAt: withinTen })).status).toBe(201);

    const before = (await stored(scenario.meetingId)).startsAt;
    const far = await move(scenario.meetingId, { startsAt: "9999-12-31T12:00:00Z" });
    expect(far.status).toBe(400);
    expect((await far.json()).error.code).toBe("date_out_of_range");
    expect((await stored(scenario.meetingId)).startsAt).toEqual(before);
  });

  it("warns, without refusing, about a public holiday or a day off the cluster keeps", async () => {
    const pinse = await create({ startsAt: "2027-05-17T10:00:00+02:00" });
    expect(pinse.status).toBe(201);
    const { meeting, warnings } = await pinse.json();
    expect(warnings).toEqual([{ code: "holiday", message: "17. maj 2027 er 2. pinsedag, en helligdag." }]);

    const christmasEve = await (await move(meeting.id, { startsAt: "2027-12-24T10:00:00+01:00" })).json();
    expect(christmasEve.warnings).toEqual([{ code: "holiday", message: "24. december 2027 er juleaftensdag, en fridag i klyngen." }]);
    expect((await (await move(meeting.id, { startsAt: "2027-12-23T10:00:00+01:00" })).json()).warnings).toEqual([]);

    await server.deps.database.db
      .update(clusters)
      .set({ extraDaysOff: { grundlovsdag: true, juleaftensdag: false, nytaarsaftensdag: true } })
      .where(eq(clusters.id, scenario.forum.clusterId!));
    expect((await (await move(meeting.id, { startsAt: "2027-12-24T10:00:00+01:00" })).json()).warnings).toEqual([]);
  });
});

describe("stored dates no meeting can have", () => {
  it("keeps the lists and the calendar feeds answering, marks the meetings, and lets PATCH repair them", async () => {
    const { db } = server.deps.database;
    const good = await createMeeting(db, { forumId: scenario.forum.id, title: "Rigtigt møde", startsAt: new Date("2027-03-04T13:00:00Z") });
    const corrupt: Record<string, string> = { "9999-12-31 23:00:00+00": "", infinity: "", "-infinity": "", "0001-01-01 12:00:00+00": "" };
    for (const value of Object.keys(corrupt)) {
      const { meetingId } = await createMeeting(db, { forumId: scenario.forum.id, title: `Dato ${value}`, startsAt: new Date("2027-01-01T12:00:00Z") });
      await db.execute(sql`update meetings set starts_at = ${value}::timestamptz where id = ${meetingId}`);
      corrupt[value] = meetingId;
    }

    const list = await server.request("/api/meetings", { cookie: cookies.member });
    expect(list.status).toBe(200);
    const listed = new Map((await list.json()).meetings.map((m: { id: string }) => [m.id, m]));
    expect(listed.get(good.meetingId)).toMatchObject({ dateProblem: null, startsAt: "2027-03-04T13:00:00.000Z" });
    expect(listed.get(corrupt["9999-12-31 23:00:00+00"])).toMatchObject({ dateProblem: "out_of_range", startsAt: "9999-12-31T23:00:00.000Z", deadlines: null });
    expect(listed.get(corrupt["0001-01-01 12:00:00+00"])).toMatchObject({ dateProblem: "out_of_range", startsAt: "0001-01-01T12:00:00.000Z" });
    expect(listed.get(corrupt.infinity)).toMatchObject({ dateProblem: "out_of_range", startsAt: null, deadlines: null, warnings: [] });
    expect(listed.get(corrupt["-infinity"])).toMatchObject({ dateProblem: "out_of_range", startsAt: null });

    const one = await server.request(`/api/meetings/${corrupt.infinity}`, { cookie: cookies.member });
    expect(one.status).toBe(200);
    expect((await one.json()).meeting).toMatchObject({ startsAt: null, dateProblem: "out_of_range" });

    for (const path of ["/api/plan", `/api/plan?forumId=${scenario.forum.id}`]) {
      const plan = await server.request(path, { cookie: cookies.member });
      expect(plan.status, path).toBe(200);
      const rows = (await plan.json()).meetings as { id: string; startsAt: string | null; dateProblem: string | null }[];
      expect(rows.find((m) => m.id === corrupt.infinity), path).toMatchObject({ startsAt: null, dateProblem: "out_of_range" });
      expect(rows.find((m) => m.id === good.meetingId)?.dateProblem, path).toBeNull();
    }

    // Calendar programs get no event they cannot place: the impossible dates are left out until corrected.
    const { url, forumUrl } = await (await server.request("/api/me/calendar", { method: "POST", cookie: cookies.member })).json();
    const feedUids = async (feedUrl: string) => {
      const res = await server.request(new URL(feedUrl).pathname);
      expect(res.status, feedUrl).toBe(200);
      return Object.values(ical.sync.parseICS(await res.text())).filter((e) => e.type === "VEVENT").map((e) => (e as ical.VEvent).uid);
    };
    for (const feed of [url, forumUrl.replace("{forumId}", scenario.forum.id)]) {
      const uids = await feedUids(feed);
      expect(uids).toContain(`${good.meetingId}@moedebord`);
      for (const meetingId of Object.values(corrupt)) expect(uids).not.toContain(`${meetingId}@moedebord`);
    }

    // 14 days before 8 April 2027 is skærtorsdag, so the agenda is due the day before.
    const repaired = await move(corrupt.infinity, { startsAt: "2027-04-08T14:00:00+02:00" });
    expect(repaired.status).toBe(200);
    expect((await repaired.json()).meeting).toMatchObject({ startsAt: "2027-04-08T12:00:00.000Z", dateProblem: null, deadlines: { agendaDue: "2027-03-24" } });
    expect(await feedUids(url)).toContain(`${corrupt.infinity}@moedebord`);
  });

  it("takes no lifecycle step for a meeting whose time cannot be read, and no 500", async () => {
    const { meetingId } = await createTestMeeting(server.deps.database.db, scenario.forum.id);
    await server.deps.database.db.execute(sql`update meetings set starts_at = 'infinity' where id = ${meetingId}`);
    const refused = await step(meetingId, cookies.chair, "dagsorden_kladde");
    expect(refused.status).toBe(409);
    expect((await refused.json()).error).toEqual({ code: "too_early", message: "Mødets tidspunkt kan ikke læses. Ret tidspunktet, før mødet går videre." });
  });

  it("keeps the dashboard, the inbox and the exports answering when a held meeting's time cannot be read", async () => {
    const { db } = server.deps.database;
    const content = build.doc(
      build.agendaItem("Opgaver", build.section("beslutning", build.actionItem("Sekretariatet følger op", { ownerKind: "sekretariatet", ownerName: "Sekretariatet" }), build.escalation("Til eget forum", { targetForumId: scenario.forum.id, targetForumName: "Chefforum", direction: "side" }))),
    );
    const { meetingId, documentId } = await createTestMeeting(db, scenario.forum.id, content);
    await holdMeeting(db, meetingId);
    await syncBlocks(db, documentId, extractBlocks(content));
    await db.execute(sql`update meetings set starts_at = 'infinity' where id = ${meetingId}`);
    for (const path of ["/api/action-items?scope=all", "/api/action-items.csv?scope=all", `/api/forums/${scenario.forum.id}/inbox`, `/api/forums/${scenario.forum.id}/escalations`, `/api/meetings/${scenario.meetingId}/carry-over`]) {
      expect((await server.request(path, { cookie: cookies.secretary })).status, path).toBe(200);
    }
    const exported = await server.request(`/api/meetings/${meetingId}/export/pdf`, { cookie: cookies.secretary });
    expect({ status: exported.status, code: (await exported.json()).error.code }).toEqual({ status: 409, code: "date_unreadable" });
  });
});

describe("the time guard on the lifecycle", () => {
  it("starts a meeting from one hour before it begins, not earlier", async () => {
    const { db } = server.deps.database;
    const { meetingId } = await createTestMeeting(db, scenario.forum.id, undefined, { startsAt: new Date(Date.now() + 3 * HOUR) });
    await db.update(meetings).set({ status: "dagsorden_udsendt" }).where(eq(meetings.id, meetingId));
    const early = await step(meetingId, cookies.chair, "moede_i_gang");
    expect(early.status).toBe(409);
    const { error } = await early.json();
    expect(error.code).toBe("too_early");
    expect(error.message).toMatch(/^Mødet kan tidligst sættes i gang en time før det begynder \(\d+\. [a-zæøå]+ \d{4}, kl\. \d{2}\.\d{2}\)\.$/);
    expect((await stored(meetingId)).status).toBe("dagsorden_udsendt");

    await db.update(meetings).set({ startsAt: new Date(Date.now() + HOUR / 2) }).where(eq(meetings.id, meetingId));
    expect((await step(meetingId, cookies.chair, "moede_i_gang")).status).toBe(200);
  });

  it("sends and approves minutes only after the start, for the approval job as for people", async () => {
    const { db } = server.deps.database;
    const { meetingId } = await createTestMeeting(db, scenario.forum.id, undefined, { startsAt: new Date(Date.now() + HOUR / 2) });
    await db.update(meetings).set({ status: "referat_kladde" }).where(eq(meetings.id, meetingId));
    const early = await step(meetingId, cookies.secretary, "referat_udsendt");
    expect(early.status).toBe(409);
    expect((await early.json()).error.code).toBe("too_early");

    await db.update(meetings).set({ status: "referat_udsendt", commentPeriodEndsOn: "2020-01-01" }).where(eq(meetings.id, meetingId));
    await expect(closeApprovalRound({ db, rooms: server.deps.rooms, origin: server.url }, meetingId, { by: "system" })).rejects.toMatchObject({ status: 409, code: "too_early" });
    expect((await stored(meetingId)).status).toBe("referat_udsendt");
  });
});
