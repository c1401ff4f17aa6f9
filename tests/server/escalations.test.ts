import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { forums } from "../../db/schema/index.js";
import { extractBlocks } from "../../shared/blocks/extractBlocks.js";
import { build } from "../../shared/editor/build.js";
import { DOCUMENT_FRAGMENT } from "../../shared/editor/schema.js";
import { MEETING_2030, addMember, createForum, createMeetingScenario, createTestMeeting, createUser } from "../helpers/factories.js";
import { docEdits } from "../helpers/docEdits.js";
import { login } from "../helpers/session.js";
import { storedDocument } from "../helpers/storedDocument.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
let chef: Awaited<ReturnType<typeof createMeetingScenario>>;
let psyk: { forumId: string; meetingId: string; documentId: string; cookie: string };
let cookies: Record<"chefSecretary" | "chefMember", string>;
const clients: SyncClient[] = [];

const open = async (documentId: string, cookie: string) => {
  const client = connectClient(server.url, documentId, cookie);
  clients.push(client);
  await synced(client);
  return client;
};
const post = (path: string, cookie: string, json: unknown) => server.request(path, { method: "POST", json, cookie });

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.deps.database;
  chef = await createMeetingScenario(db, build.doc(build.agendaItem("Godkendelse af dagsorden", build.paragraph()), build.agendaItem("Eventuelt", build.paragraph())), { startsAt: MEETING_2030 });
  const [psykForum] = await db
    .insert(forums)
    .values({ clusterId: chef.forum.clusterId, name: "Driftsforum Voksenpsykiatri", kind: "driftsforum", reportsToForumId: chef.forum.id })
    .returning();
  const psykSecretary = await createUser(db, { name: "Pia Psyk Sekretær" });
  await addMember(db, psykForum.id, psykSecretary.id, "secretariat");
  const psykMeeting = await createTestMeeting(db, psykForum.id, build.doc(build.agendaItem("Samarbejdsaftale om psykisk sygdom og misbrug", build.paragraph())));
  psyk = { forumId: psykForum.id, ...psykMeeting, cookie: await login(server, psykSecretary.email) };
  cookies = { chefSecretary: await login(server, chef.secretary.email), chefMember: await login(server, chef.member.email) };
});
afterEach(() => {
  clients.splice(0).forEach((c) => c.destroy());
});
afterAll(() => server.close());

describe("escalation round trip", () => {
  it("goes from a Driftsforum's minutes through Chefforum's agenda and decision back to where it started", async () => {
    const minutes = await open(psyk.documentId, psyk.cookie);
    const escalationId = docEdits.addBlock(minutes.doc, 0, "escalation", "Uklar ansvarsfordeling ved samtidigt misbrug", {
      targetForumId: chef.forum.id,
      targetForumName: "Chefforum",
      direction: "op",
    });
    const inbox = await waitFor(async () => {
      const body = await (await server.request(`/api/forums/${chef.forum.id}/inbox`, { cookie: cookies.chefSecretary })).json();
      expect(body.escalations).toHaveLength(1);
      return body.escalations;
    });
    expect(inbox[0]).toMatchObject({ id: escalationId, state: "ny", direction: "op", origin: { forumName: "Driftsforum Voksenpsykiatri", agendaItem: { number: "1" } } });

    const key = `/api/escalations/${psyk.documentId}/${escalationId}`;
    expect((await post(`${key}/accept`, cookies.chefMember, { meetingId: chef.meetingId })).status).toBe(403);
    const accepted = await post(`${key}/accept`, cookies.chefSecretary, { meetingId: chef.meetingId });
    expect(accepted.status).toBe(200);
    const { agendaItemId } = await accepted.json();

    const agenda = extractBlocks(await storedDocument(server.deps.database.db, chef.documentId)).agendaItems;
    expect(agenda.map((i) => i.title)).toEqual(["Godkendelse af dagsorden", "Uklar ansvarsfordeling ved samtidigt misbrug", "Eventuelt"]);
    expect(agenda[1]).toMatchObject({ id: agendaItemId, number: "2", originDocumentId: psyk.documentId, originBlockId: escalationId });

    const chefEditor = await open(chef.documentId, cookies.chefSecretary);
    const itemIndex = chefEditor.doc.getXmlFragment(DOCUMENT_FRAGMENT).toArray().findIndex((el) => (el as Y.XmlElement).getAttribute("id") === agendaItemId);
    docEdits.addDecision(chefEditor.doc, itemIndex, "Chefforum nedsætter en arbejdsgruppe.");

    const sent = await waitFor(async () => {
      const body = await (await server.request(`/api/forums/${psyk.forumId}/escalations`, { cookie: psyk.cookie })).json();
      expect(body.escalations[0].outcome).toEqual(["Chefforum nedsætter en arbejdsgruppe."]);
      return body.escalations[0];
    });
    expect(sent).toMatchObject({ state: "accepteret", targetMeeting: { id: chef.meetingId } });
    const fromMeeting = await (await server.request(`/api/meetings/${psyk.meetingId}/escalations`, { cookie: psyk.cookie })).json();
    expect(fromMeeting.escalations[0].outcome).toEqual(["Chefforum nedsætter en arbejdsgruppe."]);
  });

  it("sends a development task down and lets the Driftsforum reject it with a reason", async () => {
    const agenda = await open(chef.documentId, cookies.chefSecretary);
    const id = docEdits.addBlock(agenda.doc, 0, "escalation", "Kvalificér forslag til fælles udskrivningsstandard", {
      targetForumId: psyk.forumId,
      targetForumName: "Driftsforum Voksenpsykiatri",
      direction: "ned",
    });
    await waitFor(async () => {
      const body = await (await server.request(`/api/forums/${psyk.forumId}/inbox`, { cookie: psyk.cookie })).json();
      expect(body.escalations.map((e: { id: string }) => e.id)).toContain(id);
    });
    const key = `/api/escalations/${chef.documentId}/${id}`;
    const empty = await post(`${key}/reject`, psyk.cookie, { reason: "  " });
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.message).toContain("Angiv en begrundelse.");
    expect((await post(`${key}/reject`, psyk.cookie, { reason: "Ligger uden for forummets opgaver" })).status).toBe(200);
    const sent = await (await server.request(`/api/forums/${chef.forum.id}/escalations`, { cookie: cookies.chefMember })).json();
    expect(sent.escalations.find((e: { id: string }) => e.id === id)).toMatchObject({ state: "afvist", reason: "Ligger uden for forummets opgaver", direction: "ned" });
  });

  it("refuses a meeting of the wrong forum and a forward outside the ladder, changing nothing", async () => {
    const agenda = await open(chef.documentId, cookies.chefSecretary);
    const id = docEdits.addBlock(agenda.doc, 0, "escalation", "Opgave til Driftsforum", { targetForumId: psyk.forumId, targetForumName: "Driftsforum Voksenpsykiatri", direction: "ned" });
    await waitFor(async () => {
      const body = await (await server.request(`/api/forums/${psyk.forumId}/inbox`, { cookie: psyk.cookie })).json();
      expect(body.escalations.map((e: { id: string }) => e.id)).toContain(id);
    });
    const key = `/api/escalations/${chef.documentId}/${id}`;
    const wrong = await post(`${key}/accept`, psyk.cookie, { meetingId: chef.meetingId });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.code).toBe("wrong_meeting");
    const elsewhere = await createForum(server.deps.database.db, "Fremmed forum");
    const outside = await post(`${key}/forward`, psyk.cookie, { forumId: elsewhere.id });
    expect(outside.status).toBe(400);
    expect((await outside.json()).error.code).toBe("outside_ladder");
    const inbox = await (await server.request(`/api/forums/${psyk.forumId}/inbox`, { cookie: psyk.cookie })).json();
    expect(inbox.escalations.find((e: { id: string }) => e.id === id).state).toBe("ny");
  });
});
