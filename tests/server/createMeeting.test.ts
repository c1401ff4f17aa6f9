import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractBlocks } from "../../shared/blocks/extractBlocks.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { storedDocument } from "../helpers/storedDocument.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
const nextYear = new Date(Date.now() + 365 * 86_400_000).toISOString();

beforeAll(async () => {
  server = await startTestServer();
  scenario = await createMeetingScenario(server.deps.database.db);
});
afterAll(() => server.close());

const create = (cookie: string, body: unknown) => server.request("/api/meetings", { method: "POST", json: body, cookie });

describe("POST /api/meetings", () => {
  it("creates a meeting whose agenda holds the forum's standing items and participants", async () => {
    const cookie = await login(server, scenario.secretary.email);
    const res = await create(cookie, { forumId: scenario.forum.id, title: "Møde i Chefforum", startsAt: nextYear, place: "Regionshuset" });
    expect(res.status).toBe(201);
    const { meeting } = await res.json();
    expect(meeting).toMatchObject({ forumId: scenario.forum.id, title: "Møde i Chefforum", place: "Regionshuset", canEdit: true });

    const blocks = extractBlocks(await storedDocument(server.deps.database.db, meeting.documentId));
    expect(blocks.agendaItems.map((i) => [i.number, i.title, i.kind])).toEqual([
      ["1", "Deltagere", null],
      ["2", "Godkendelse af dagsorden", "beslutning"],
      ["3", "Opfølgning på aktionspunkter", "orientering"],
      ["4", "Eventuelt", null],
    ]);
    expect(blocks.attendees.map((a) => [a.name, a.role, a.present])).toEqual([
      ["Birthe Chair Holm", "medformand", true],
      ["Ulla Medlem Ravn", "medlem", true],
      ["Jonas Sekretær Dal", "sekretariat", true],
    ]);
    expect(blocks.attendees.every((a) => a.userId && a.organisation?.startsWith("Testkommune"))).toBe(true);

    const listed = await (await server.request("/api/meetings", { cookie })).json();
    expect(listed.meetings.map((m: { id: string }) => m.id)).toContain(meeting.id);
  });

  it("lets only the chair and the secretariat create meetings", async () => {
    const body = { forumId: scenario.forum.id, title: "Ekstra møde", startsAt: nextYear };
    expect((await create(await login(server, scenario.chair.email), body)).status).toBe(201);
    const member = await create(await login(server, scenario.member.email), body);
    expect(member.status).toBe(403);
    const outsider = await create(await login(server, scenario.outsider.email), body);
    expect(outsider.status).toBe(404);
  });

  it("refuses a date before 2000 and malformed input with clear errors", async () => {
    const cookie = await login(server, scenario.chair.email);
    const early = await create(cookie, { forumId: scenario.forum.id, title: "For tidligt", startsAt: "1998-01-06T13:00:00+01:00" });
    expect(early.status).toBe(400);
    expect((await early.json()).error.code).toBe("date_out_of_range");
    const noTitle = await create(cookie, { forumId: scenario.forum.id, title: " ", startsAt: nextYear });
    expect(noTitle.status).toBe(400);
    expect((await noTitle.json()).error.message).toContain("Mødet skal have en titel.");
    const badDate = await create(cookie, { forumId: scenario.forum.id, title: "X", startsAt: "27-11-2023" });
    expect(badDate.status).toBe(400);
  });
});
