import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forums, meetings } from "../../../db/schema/index.js";
import { approveExpiredMinutes } from "../../../server/jobs/approvalJob.js";
import { createMeetingScenario } from "../../helpers/factories.js";
import { approve, heldMeeting, step, storedMeeting, type Cookies } from "../../helpers/minutesScenario.js";
import { loginAll } from "../../helpers/session.js";
import { startTestServer, type TestServer } from "../../helpers/testServer.js";
import { waitFor } from "../../helpers/waitFor.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let cookies: Cookies;

beforeAll(async () => {
  server = await startTestServer();
  scenario = await createMeetingScenario(server.deps.database.db);
  cookies = await loginAll(server, scenario);
});
afterAll(() => server.close());

const sent = async () => {
  const m = await heldMeeting(server, scenario.forum.id);
  expect((await step(server, m.meetingId, cookies.secretary, "referat_udsendt")).status).toBe(200);
  return m;
};
const errorOf = async (res: Response) => ({ status: res.status, ...(await res.json()).error });

describe("approval of the minutes as the kommissorium says", () => {
  it("refuses the chair while a comment is open, then during the period, and approves once every voting member has", async () => {
    const { meetingId } = await sent();
    const made = await server.request(`/api/meetings/${meetingId}/comments`, { method: "POST", json: { body: "Punkt 2 er upræcist." }, cookie: cookies.member });
    expect(made.status).toBe(201);
    expect(await errorOf(await approve(server, meetingId, cookies.chair))).toMatchObject({ status: 409, code: "open_comments" });

    const { comment } = await made.json();
    expect((await server.request(`/api/comments/${comment.id}/resolve`, { method: "POST", json: { resolution: "Rettet" }, cookie: cookies.secretary })).status).toBe(200);
    const running = await errorOf(await approve(server, meetingId, cookies.chair));
    expect(running).toMatchObject({ status: 409, code: "comment_period_running" });
    expect(running.message).toMatch(/^Bemærkningsfristen løber til og med \d{1,2}\. [a-zæøå]+ \d{4}, og ét medlem med stemmeret har ikke godkendt endnu\.$/);
    expect((await storedMeeting(server, meetingId)).status).toBe("referat_udsendt");

    expect(await errorOf(await approve(server, meetingId, cookies.secretary))).toMatchObject({ status: 403 });
    expect((await approve(server, meetingId, cookies.outsider)).status).toBe(404);
    const byMember = await approve(server, meetingId, cookies.member);
    expect(byMember.status).toBe(201);
    const { approvals, meeting } = await byMember.json();
    expect(meeting.status).toBe("referat_udsendt");
    expect(approvals.voters.map((v: { name: string; approvedAt: string | null }) => [v.name, v.approvedAt !== null]).sort()).toEqual([
      [scenario.chair.name, false],
      [scenario.member.name, true],
    ]);
    expect((await approve(server, meetingId, cookies.member)).status, "approving twice changes nothing").toBe(201);

    const byChair = await approve(server, meetingId, cookies.chair);
    expect(byChair.status).toBe(201);
    expect((await byChair.json()).meeting.status).toBe("godkendt");
    const { events } = await (await server.request(`/api/meetings/${meetingId}/history`, { cookie: cookies.secretary })).json();
    expect(events.map((e: { kind: string }) => e.kind)).toEqual(["referat_udsendt", "godkendelse", "godkendelse", "godkendt"]);
  });

  it("lets the chair approve alone once the period has ended with no comment open", async () => {
    const { meetingId } = await sent();
    await server.deps.database.db.update(meetings).set({ commentPeriodEndsOn: "2020-01-01" }).where(eq(meetings.id, meetingId));
    expect((await step(server, meetingId, cookies.chair, "godkendt")).status).toBe(200);
    expect((await storedMeeting(server, meetingId)).status).toBe("godkendt");
    expect(await errorOf(await approve(server, meetingId, cookies.member))).toMatchObject({ status: 409, code: "not_approvable" });
  });

  it("gives one of two simultaneous chair approvals, and one approved version", async () => {
    const { meetingId } = await sent();
    await server.deps.database.db.update(meetings).set({ commentPeriodEndsOn: "2020-01-01" }).where(eq(meetings.id, meetingId));
    const answers = await Promise.all([approve(server, meetingId, cookies.chair), approve(server, meetingId, cookies.chair)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const { versions } = await (await server.request(`/api/meetings/${meetingId}/versions`, { cookie: cookies.chair })).json();
    expect(versions.filter((v: { kind: string }) => v.kind === "godkendt")).toHaveLength(1);
  });
});

describe("approval by silence (the job)", () => {
  const ctx = () => ({ db: server.deps.database.db, rooms: server.deps.rooms, origin: server.url });

  it("approves when the period has ended without open comments, and not before or with one open", async () => {
    const { meetingId } = await sent();
    const { db } = server.deps.database;
    await db.update(meetings).set({ commentPeriodEndsOn: "2030-03-15" }).where(eq(meetings.id, meetingId));
    expect(await approveExpiredMinutes(ctx(), server.deps.logger, new Date("2030-03-15T20:00:00Z"))).not.toContain(meetingId);
    const made = await server.request(`/api/meetings/${meetingId}/comments`, { method: "POST", json: { body: "Indsigelse" }, cookie: cookies.member });
    expect(await approveExpiredMinutes(ctx(), server.deps.logger, new Date("2030-03-16T08:00:00Z"))).not.toContain(meetingId);
    await server.request(`/api/comments/${(await made.json()).comment.id}/resolve`, { method: "POST", json: { resolution: "Drøftet" }, cookie: cookies.secretary });
    expect(await approveExpiredMinutes(ctx(), server.deps.logger, new Date("2030-03-16T08:00:00Z"))).toContain(meetingId);
    expect((await storedMeeting(server, meetingId)).status).toBe("godkendt");
  });

  it("leaves minutes for the chair when the forum approves by chair", async () => {
    const { db } = server.deps.database;
    const [{ rules }] = await db.select({ rules: forums.rules }).from(forums).where(eq(forums.id, scenario.forum.id));
    await db.update(forums).set({ rules: { ...rules, approval: "chair" } }).where(eq(forums.id, scenario.forum.id));
    try {
      const { meetingId } = await sent();
      await db.update(meetings).set({ commentPeriodEndsOn: "2020-01-01" }).where(eq(meetings.id, meetingId));
      expect(await approveExpiredMinutes(ctx(), server.deps.logger)).not.toContain(meetingId);
      expect((await approve(server, meetingId, cookies.chair)).status).toBe(201);
      expect((await storedMeeting(server, meetingId)).status).toBe("godkendt");
    } finally {
      await db.update(forums).set({ rules }).where(eq(forums.id, scenario.forum.id));
    }
  });

  it("approves a period that ended while the server was down, when it starts again", async () => {
    const { meetingId } = await sent();
    await server.deps.database.db.update(meetings).set({ commentPeriodEndsOn: "2020-01-01" }).where(eq(meetings.id, meetingId));
    const second = await startTestServer({ DATABASE_URL: server.databaseUrl });
    try {
      await waitFor(async () => expect((await storedMeeting(server, meetingId)).status).toBe("godkendt"));
    } finally {
      await second.close();
    }
  });
});
