import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { and, eq } from "drizzle-orm";
import { documentUpdates, escalations } from "../../db/schema/index.js";
import { agendaTemplate } from "../../server/commands/agendaTemplate.js";
import type { DocJSON } from "../../shared/blocks/types.js";
import { syncBlocks } from "../../server/commands/blockSyncer.js";
import { extractBlocks, plainText } from "../../shared/blocks/extractBlocks.js";
import { build } from "../../shared/editor/build.js";
import { DOCUMENT_FRAGMENT } from "../../shared/editor/schema.js";
import { addForum, addMember, createForum, createMeetingScenario, createTestMeeting, createUser, holdMeeting, MEETING_2030 } from "../helpers/factories.js";
import { docEdits } from "../helpers/docEdits.js";
import { login } from "../helpers/session.js";
import { storedDocument } from "../helpers/storedDocument.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
let chef: Awaited<ReturnType<typeof createMeetingScenario>>;
let psyk: { forumId: string; meetingId: string; documentId: string; cookie: string };
let somatikForumId: string;
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
  const psykForum = await addForum(db, chef.forum, "Driftsforum Voksenpsykiatri", "driftsforum", [chef.forum.id]);
  const psykSecretary = await createUser(db, { name: "Pia Psyk Sekretær" });
  await addMember(db, psykForum.id, psykSecretary.id, "secretariat");
  const psykMeeting = await createTestMeeting(db, psykForum.id, build.doc(build.agendaItem("Samarbejdsaftale om psykisk sygdom og misbrug", build.paragraph())));
  psyk = { forumId: psykForum.id, ...psykMeeting, cookie: await login(server, psykSecretary.email) };
  const somatik = await addForum(db, chef.forum, "Driftsforum Somatik", "driftsforum", [chef.forum.id]);
  somatikForumId = somatik.id;
  // Both meetings are held: what their documents escalate and decide is sent and decided, not proposed.
  await holdMeeting(db, chef.meetingId);
  await holdMeeting(db, psyk.meetingId);
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

/** Sends an escalation from Driftsforum Voksenpsykiatri's minutes up to Chefforum; resolves with its handling path once it is in the inbox. */
async function sendUp(text: string) {
  const minutes = await open(psyk.documentId, psyk.cookie);
  const id = docEdits.addBlock(minutes.doc, 0, "escalation", text, { targetForumId: chef.forum.id, targetForumName: "Chefforum", direction: "op" });
  await waitFor(async () => {
    const body = await (await server.request(`/api/forums/${chef.forum.id}/inbox`, { cookie: cookies.chefSecretary })).json();
    expect(body.escalations.map((e: { id: string }) => e.id)).toContain(id);
  });
  return { id, path: `/api/escalations/${psyk.documentId}/${id}` };
}

/** A new Chefforum meeting holding `content`. */
// An upcoming Chefforum meeting: accepted escalations go onto meetings still to come.
const chefMeeting = (content: DocJSON) => createTestMeeting(server.deps.database.db, chef.forum.id, content, { startsAt: MEETING_2030 });

/** The agenda items of a stored document that answer the escalation `id`. */
const itemsFor = async (documentId: string, id: string) =>
  extractBlocks(await storedDocument(server.deps.database.db, documentId)).agendaItems.filter((i) => i.originBlockId === id);

const titles = async (documentId: string) => extractBlocks(await storedDocument(server.deps.database.db, documentId)).agendaItems.map((i) => i.title);

describe("escalation states", () => {
  it("accepts once: a second accept and a reject after it are refused with 409 naming the state, and one item stays", async () => {
    const meeting = await chefMeeting(build.doc(build.agendaItem("Eventuelt")));
    const { id, path } = await sendUp("Ventetid på udredning");
    expect((await post(`${path}/accept`, cookies.chefSecretary, { meetingId: meeting.meetingId })).status).toBe(200);
    for (const [move, body] of [
      ["accept", { meetingId: meeting.meetingId }],
      ["reject", { reason: "Alligevel ikke" }],
    ] as const) {
      const refused = await post(`${path}/${move}`, cookies.chefSecretary, body);
      expect(refused.status).toBe(409);
      const { error } = await refused.json();
      expect(error.code).toBe("illegal_escalation_move");
      expect(error.message).toContain("Optaget på dagsorden");
    }
    expect(await itemsFor(meeting.documentId, id)).toHaveLength(1);
  });

  it("lets exactly one of two concurrent accepts through and inserts one agenda item", async () => {
    const meeting = await chefMeeting(build.doc(build.agendaItem("Eventuelt")));
    const { id, path } = await sendUp("Fælles plan for genoptræning");
    const accept = () => post(`${path}/accept`, cookies.chefSecretary, { meetingId: meeting.meetingId });
    const responses = await Promise.all([accept(), accept()]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = await responses.find((r) => r.status === 409)!.json();
    expect(refused.error.code).toBe("illegal_escalation_move");
    expect(await itemsFor(meeting.documentId, id)).toHaveLength(1);
  });

  it("refuses to forward a rejected escalation", async () => {
    const { path } = await sendUp("Tolkebistand ved udskrivning");
    expect((await post(`${path}/reject`, cookies.chefSecretary, { reason: "Hører til kommunerne" })).status).toBe(200);
    const forwarded = await post(`${path}/forward`, cookies.chefSecretary, { forumId: somatikForumId });
    expect(forwarded.status).toBe(409);
    expect((await forwarded.json()).error).toMatchObject({ code: "illegal_escalation_move", message: expect.stringContaining("Afvist") });
  });

  it("answers a stored state it does not know with a 409, not an error", async () => {
    const { id, path } = await sendUp("Ukendt tilstand");
    await server.deps.database.db.update(escalations).set({ state: "parkeret" }).where(and(eq(escalations.documentId, psyk.documentId), eq(escalations.id, id)));
    const meeting = await chefMeeting(build.doc(build.agendaItem("Eventuelt")));
    const refused = await post(`${path}/accept`, cookies.chefSecretary, { meetingId: meeting.meetingId });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.message).toContain("ukendt");
  });

  it("puts the escalation back when its agenda item cannot be inserted", async () => {
    const broken = await chefMeeting(build.doc(build.agendaItem("Eventuelt")));
    // An update Yjs cannot read: the meeting's document cannot be loaded for the edit.
    await server.deps.database.db.insert(documentUpdates).values({ documentId: broken.documentId, data: new Uint8Array([0, 2, 200, 1, 2, 3]) });
    const { id, path } = await sendUp("Udskrivning til eget hjem");
    const failed = await post(`${path}/accept`, cookies.chefSecretary, { meetingId: broken.meetingId });
    expect(failed.status).toBe(503);
    expect((await failed.json()).error.code).toBe("agenda_not_updated");
    const inbox = await (await server.request(`/api/forums/${chef.forum.id}/inbox`, { cookie: cookies.chefSecretary })).json();
    expect(inbox.escalations.find((e: { id: string }) => e.id === id)).toMatchObject({ state: "ny", targetMeeting: null });

    const working = await chefMeeting(build.doc(build.agendaItem("Eventuelt")));
    expect((await post(`${path}/accept`, cookies.chefSecretary, { meetingId: working.meetingId })).status).toBe(200);
    expect(await itemsFor(working.documentId, id)).toHaveLength(1);
  });
});

describe("where an accepted escalation lands", () => {
  const standing = (title: string) =>
    agendaTemplate({
      forumName: "Chefforum",
      standingItems: [
        { template: "godkendelse", title: "Godkendelse af dagsorden" },
        { template: "eventuelt", title },
      ],
      participants: [],
    });

  it.each([
    ["a standing item titled Evt. made from the eventuelt template", standing("Evt."), "Evt."],
    ["a standing item from the eventuelt template whatever its title", standing("Løst og fast"), "Løst og fast"],
    ["a legacy item titled Evt. without a template", build.doc(build.agendaItem("Godkendelse af dagsorden"), build.agendaItem(" Evt. ")), " Evt. "],
  ])("goes before %s", async (_, content, closing) => {
    const meeting = await chefMeeting(content);
    const text = `Sag før ${closing.trim()}`;
    const { path } = await sendUp(text);
    expect((await post(`${path}/accept`, cookies.chefSecretary, { meetingId: meeting.meetingId })).status).toBe(200);
    expect(await titles(meeting.documentId)).toEqual(["Godkendelse af dagsorden", text, closing.trim()]);
  });

  it("brings a case written with a list: titled by its first line, its paragraphs and list under where it came from", async () => {
    const { db } = server.deps.database;
    const written = [build.paragraph("Uklar ansvarsfordeling ved udskrivning:"), build.bulletList("Kommunen venter på epikrisen", "Regionen venter på kommunen")];
    const escalation = build.escalation(written, { targetForumId: chef.forum.id, targetForumName: "Chefforum", direction: "op" });
    const content = build.doc(build.agendaItem("Udskrivning", escalation));
    const origin = await createTestMeeting(db, psyk.forumId, content);
    await holdMeeting(db, origin.meetingId);
    await syncBlocks(db, origin.documentId, extractBlocks(content));
    const meeting = await chefMeeting(build.doc(build.agendaItem("Eventuelt", build.paragraph())));

    const accepted = await post(`/api/escalations/${origin.documentId}/${escalation.attrs!.id}/accept`, cookies.chefSecretary, { meetingId: meeting.meetingId });
    expect(accepted.status).toBe(200);
    const item = (await storedDocument(db, meeting.documentId)).content!.find((node) => node.attrs?.originBlockId === escalation.attrs!.id)!;
    const [title, sagsfremstilling] = item.content!;
    expect(plainText(title)).toBe("Uklar ansvarsfordeling ved udskrivning:");
    expect(plainText(sagsfremstilling.content![0])).toMatch(/^Sendt fra Driftsforum Voksenpsykiatri \(møde \d+\. \p{L}+ \d{4}\):$/u);
    expect(sagsfremstilling.content!.slice(1)).toEqual(written);
  });

  it("goes last when the agenda has no Eventuelt, and not before a free item titled Eventuelt", async () => {
    const freeItem = agendaTemplate({ forumName: "Chefforum", standingItems: [{ template: "fri", title: "Eventuelt" }], participants: [] });
    const meeting = await chefMeeting(freeItem);
    const { path } = await sendUp("Sag uden eventuelt");
    expect((await post(`${path}/accept`, cookies.chefSecretary, { meetingId: meeting.meetingId })).status).toBe(200);
    expect(await titles(meeting.documentId)).toEqual(["Eventuelt", "Sag uden eventuelt"]);
  });
});
