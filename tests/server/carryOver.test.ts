import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMeeting } from "../../server/commands/meetingCreator.js";
import { extractBlocks } from "../../shared/blocks/extractBlocks.js";
import { build } from "../../shared/editor/build.js";
import { createMeetingScenario, holdMeeting } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { storedDocument } from "../helpers/storedDocument.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";
import { syncBlocks } from "../../server/commands/blockSyncer.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let cookie: string;

/** A held meeting of the scenario's forum with the given action items, extracted as the server would. */
async function meetingWith(startsAt: string, ...texts: string[]) {
  const { db } = server.deps.database;
  const meeting = await createMeeting(db, {
    forumId: scenario.forum.id,
    title: `Møde ${startsAt}`,
    startsAt: new Date(startsAt),
    content: build.doc(build.agendaItem("Sager", ...texts.map((t) => build.actionItem(t, { ownerKind: "sekretariatet", ownerName: "Sekretariatet", dueKind: "naeste_moede" })))),
  });
  await syncBlocks(db, meeting.documentId, extractBlocks(await storedDocument(db, meeting.documentId)));
  await holdMeeting(db, meeting.meetingId);
  return meeting;
}
const carryOver = async (meetingId: string) =>
  (await (await server.request(`/api/meetings/${meetingId}/carry-over`, { cookie })).json()).actionItems.map((a: { text: string; meeting: { id: string } }) => [a.text, a.meeting.id]);

beforeAll(async () => {
  server = await startTestServer();
  scenario = await createMeetingScenario(server.deps.database.db);
  cookie = await login(server, scenario.secretary.email);
});
afterAll(() => server.close());

describe("carry-over of open action items", () => {
  it("lists every open item from earlier meetings of the forum, across three meetings, live", async () => {
    const first = await meetingWith("2031-02-03T13:00:00Z", "Kommissorierne tilrettes", "Notat sendes rundt");
    const second = await meetingWith("2031-05-05T12:00:00Z", "Data for akutplanen følges");
    const third = await meetingWith("2031-09-01T12:00:00Z", "Ny sag på tredje møde");
    const list = await (await server.request(`/api/action-items?scope=forum&forumId=${scenario.forum.id}`, { cookie })).json();
    const notat = list.actionItems.find((a: { text: string }) => a.text === "Notat sendes rundt");
    const patch = await server.request(`/api/action-items/${notat.documentId}/${notat.id}`, { method: "PATCH", json: { status: "udført" }, cookie });
    expect(patch.status).toBe(200);

    expect(await carryOver(first.meetingId)).toEqual([]);
    expect(await carryOver(second.meetingId)).toEqual([["Kommissorierne tilrettes", first.meetingId]]);
    expect(await carryOver(third.meetingId)).toEqual([
      ["Kommissorierne tilrettes", first.meetingId],
      ["Data for akutplanen følges", second.meetingId],
    ]);

    const kommissorier = list.actionItems.find((a: { text: string }) => a.text === "Kommissorierne tilrettes");
    await server.request(`/api/action-items/${kommissorier.documentId}/${kommissorier.id}`, { method: "PATCH", json: { status: "i gang" }, cookie });
    await waitFor(async () => {
      const items = (await (await server.request(`/api/meetings/${third.meetingId}/carry-over`, { cookie })).json()).actionItems;
      expect(items[0]).toMatchObject({ text: "Kommissorierne tilrettes", status: "i gang", agendaItem: { number: "1", title: "Sager" } });
    });
  });

  it("puts the live list into the Opfølgning item of a new agenda", async () => {
    const res = await server.request("/api/meetings", {
      method: "POST",
      cookie,
      json: { forumId: scenario.forum.id, title: "Nyt møde", startsAt: "2032-01-05T13:00:00+01:00" },
    });
    const { meeting } = await res.json();
    const doc = await storedDocument(server.deps.database.db, meeting.documentId);
    const followUp = doc.content![2];
    expect(JSON.stringify(followUp)).toContain('"type":"actionFollowUp"');
  });
});
