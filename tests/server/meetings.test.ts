import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decisions } from "../../db/schema/index.js";
import { syncBlocks } from "../../server/commands/blockSyncer.js";
import { extractBlocks } from "../../shared/blocks/extractBlocks.js";
import { build } from "../../shared/editor/build.js";
import { MEETING_2030, createMeetingScenario } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
const content = build.doc(
  build.agendaItem("Godkendelse af dagsorden", build.decision("Dagsordenen blev godkendt.")),
  build.agendaItem("Mødeplan", build.decision("Mødeplanen blev godkendt."), build.decision("Fjernes igen")),
);

beforeAll(async () => {
  server = await startTestServer();
  scenario = await createMeetingScenario(server.deps.database.db, content, { startsAt: MEETING_2030 });
});
afterAll(() => server.close());

describe("GET /api/meetings", () => {
  it("lists the meetings of the user's forums with whether they may edit", async () => {
    for (const [user, canEdit] of [
      [scenario.chair, true],
      [scenario.secretary, true],
      [scenario.member, false],
    ] as const) {
      const res = await server.request("/api/meetings", { cookie: await login(server, user.email) });
      expect(res.status).toBe(200);
      expect((await res.json()).meetings).toEqual([
        expect.objectContaining({
          id: scenario.meetingId,
          forumId: scenario.forum.id,
          forumName: "Chefforum",
          title: "Møde i Chefforum",
          startsAt: "2030-03-04T13:00:00.000Z",
          place: "Mødelokale 1",
          documentId: scenario.documentId,
          canEdit,
          status: "planlagt",
          statusLabel: "Planlagt",
          deadlines: { agendaDue: "2030-02-18", minutesDue: "2030-03-11", commentPeriodEndsOn: null },
        }),
      ]);
    }
  });

  it("shows nothing to someone outside the forum, and needs a login", async () => {
    const res = await server.request("/api/meetings", { cookie: await login(server, scenario.outsider.email) });
    expect((await res.json()).meetings).toEqual([]);
    expect((await server.request("/api/meetings")).status).toBe(401);
  });
});

describe("GET /api/meetings/:id", () => {
  it("returns the meeting to a member and 404 to an outsider", async () => {
    const member = await server.request(`/api/meetings/${scenario.meetingId}`, { cookie: await login(server, scenario.member.email) });
    expect(member.status).toBe(200);
    expect((await member.json()).meeting).toMatchObject({ id: scenario.meetingId, canEdit: false });
    const outsider = await server.request(`/api/meetings/${scenario.meetingId}`, { cookie: await login(server, scenario.outsider.email) });
    expect(outsider.status).toBe(404);
    expect((await outsider.json()).error).toEqual({ code: "not_found", message: "Mødet findes ikke." });
  });

  it("rejects an id that is not a uuid with 400", async () => {
    const res = await server.request("/api/meetings/not-a-uuid", { cookie: await login(server, scenario.chair.email) });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("invalid_request");
  });
});

describe("GET /api/meetings/:id/decisions", () => {
  it("lists extracted decisions with their item, leaving out removed ones", async () => {
    const { db } = server.deps.database;
    await syncBlocks(db, scenario.documentId, extractBlocks(content));
    const shortened = build.doc(content.content![0], { ...content.content![1], content: content.content![1].content!.slice(0, 2) });
    await syncBlocks(db, scenario.documentId, extractBlocks(shortened));

    const res = await server.request(`/api/meetings/${scenario.meetingId}/decisions`, { cookie: await login(server, scenario.member.email) });
    const body = await res.json();
    expect(body.decisions.map((d: { text: string; agendaItem: { number: string; title: string } }) => [d.text, d.agendaItem.number, d.agendaItem.title])).toEqual([
      ["Dagsordenen blev godkendt.", "1", "Godkendelse af dagsorden"],
      ["Mødeplanen blev godkendt.", "2", "Mødeplan"],
    ]);
    const all = await db.select().from(decisions);
    expect(all.filter((d) => d.removedAt !== null).map((d) => d.text)).toEqual(["Fjernes igen"]);

    const outsider = await server.request(`/api/meetings/${scenario.meetingId}/decisions`, { cookie: await login(server, scenario.outsider.email) });
    expect(outsider.status).toBe(404);
  });
});
