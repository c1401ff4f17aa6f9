import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractBlocks } from "../../shared/blocks/extractBlocks.js";
import { MEETING_2030, createMeetingScenario } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { storedDocument } from "../helpers/storedDocument.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let secretary: string;

beforeAll(async () => {
  server = await startTestServer();
  scenario = await createMeetingScenario(server.deps.database.db, undefined, { startsAt: MEETING_2030 });
  secretary = await login(server, scenario.secretary.email);
});
afterAll(() => server.close());

const add = (cookie: string, body: unknown) => server.request(`/api/forums/${scenario.forum.id}/agreements`, { method: "POST", json: body, cookie });

describe("årshjul", () => {
  it("keeps the forum's agreements with their review month and draws them on the wheel", async () => {
    expect((await add(secretary, { name: "Indlæggelse og udskrivning", reviewMonth: 3 })).status).toBe(201);
    expect((await add(secretary, { name: "Psykisk sygdom og samtidigt misbrug", reviewMonth: 3, needsRevision: true })).status).toBe(201);
    expect((await add(secretary, { name: "Hjælp til selvmordstruet borger", reviewMonth: 9 })).status).toBe(201);
    const bad = await add(secretary, { name: "X", reviewMonth: 13 });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain("Måneden skal være 1-12.");
    expect((await add(await login(server, scenario.member.email), { name: "Y", reviewMonth: 1 })).status).toBe(403);

    const svg = await server.request(`/api/forums/${scenario.forum.id}/aarshjul.svg?year=2030`, { cookie: secretary });
    expect(svg.headers.get("content-type")).toContain("image/svg+xml");
    const text = await svg.text();
    expect(text).toMatch(/^<svg [^>]*role="img"/);
    expect(text).toContain("<title id=\"t\">Årshjul 2030: Chefforum</title>");
    expect(text).toContain("Psykisk sygdom og samtidigt misbrug: mar (skal revideres)");
    expect(text.match(/<circle /g)).toHaveLength(1);
  });

  it("proposes the reviews due in a new meeting's month as agenda items before Eventuelt", async () => {
    const res = await server.request("/api/meetings", { method: "POST", cookie: secretary, json: { forumId: scenario.forum.id, title: "Martsmødet", startsAt: "2031-03-10T13:00:00+01:00" } });
    const { meeting } = await res.json();
    const items = extractBlocks(await storedDocument(server.deps.database.db, meeting.documentId)).agendaItems.map((i) => i.title);
    expect(items).toEqual([
      "Deltagere",
      "Godkendelse af dagsorden",
      "Opfølgning på aktionspunkter",
      "Revision af samarbejdsaftale: Indlæggelse og udskrivning",
      "Revision af samarbejdsaftale: Psykisk sygdom og samtidigt misbrug",
      "Eventuelt",
    ]);
  });
});
