import { and, eq } from "drizzle-orm";
import mammoth from "mammoth";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { actionItems, decisions, escalations, meetings } from "../../db/schema/index.js";
import { build } from "../../shared/editor/build.js";
import { DOCUMENT_FRAGMENT } from "../../shared/editor/schema.js";
import { docEdits } from "../helpers/docEdits.js";
import { addForum, addMember, createMeetingScenario, createTestMeeting, createUser, holdMeeting, MEETING_2030 } from "../helpers/factories.js";
import { login, loginAll } from "../helpers/session.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
let chef: Awaited<ReturnType<typeof createMeetingScenario>>;
let cookies: Awaited<ReturnType<typeof loginAll>>;
let later: { meetingId: string };
let psyk: { forumId: string; meetingId: string; documentId: string; cookie: string };
const ids = { decision: "", action: "", escalation: "" };
const clients: SyncClient[] = [];

const get = async (path: string, cookie: string) => {
  const res = await server.request(path, { cookie });
  expect(res.status, path).toBe(200);
  return res;
};
const json = async (path: string, cookie: string) => (await get(path, cookie)).json();
const idsOf = (list: { id: string }[]) => list.map((x) => x.id);
const step = (to: string) => server.request(`/api/meetings/${chef.meetingId}/transitions`, { method: "POST", json: { to }, cookie: cookies.chair });
const agendaText = async () => (await mammoth.extractRawText({ buffer: Buffer.from(await (await get(`/api/meetings/${chef.meetingId}/export/docx`, cookies.member)).arrayBuffer()) })).value;

/** Everything a tracked list shows of the three blocks typed into Chefforum's agenda. */
async function tracked() {
  const dashboard = await json("/api/action-items?scope=all", cookies.chair);
  const csv = await (await get(`/api/action-items.csv?scope=forum&forumId=${chef.forum.id}`, cookies.chair)).text();
  const carryOver = await json(`/api/meetings/${later.meetingId}/carry-over`, cookies.member);
  const inbox = await json(`/api/forums/${psyk.forumId}/inbox`, psyk.cookie);
  const sent = await json(`/api/forums/${chef.forum.id}/escalations`, cookies.member);
  const fromMeeting = await json(`/api/meetings/${chef.meetingId}/escalations`, cookies.member);
  const meetingDecisions = await json(`/api/meetings/${chef.meetingId}/decisions`, cookies.member);
  return {
    dashboard: idsOf(dashboard.actionItems),
    csv: csv.includes("Kommissorierne tilrettes"),
    carryOver: idsOf(carryOver.actionItems),
    inbox: idsOf(inbox.escalations),
    sent: idsOf(sent.escalations),
    fromMeeting: fromMeeting.escalations.map((e: { id: string; proposal: boolean }) => [e.id, e.proposal]),
    decisions: meetingDecisions.decisions.map((d: { id: string; proposal: boolean }) => [d.id, d.proposal]),
  };
}

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.deps.database;
  chef = await createMeetingScenario(db, build.doc(build.agendaItem("Modeller til organisering", build.paragraph()), build.agendaItem("Eventuelt", build.paragraph())));
  // Within the hour, so the meeting may start now.
  await db.update(meetings).set({ startsAt: new Date(Date.now() + 30 * 60_000) }).where(eq(meetings.id, chef.meetingId));
  later = await createTestMeeting(db, chef.forum.id, undefined, { startsAt: MEETING_2030 });
  const psykForum = await addForum(db, chef.forum, "Driftsforum Voksenpsykiatri", "driftsforum", [chef.forum.id]);
  const psykSecretary = await createUser(db, { name: "Pia Psyk Sekretær" });
  await addMember(db, psykForum.id, psykSecretary.id, "secretariat");
  const psykMeeting = await createTestMeeting(db, psykForum.id, build.doc(build.agendaItem("Samarbejdsaftale om psykisk sygdom og misbrug", build.paragraph())), { startsAt: MEETING_2030 });
  psyk = { forumId: psykForum.id, ...psykMeeting, cookie: await login(server, psykSecretary.email) };
  cookies = await loginAll(server, chef);
});
afterEach(() => {
  clients.splice(0).forEach((c) => c.destroy());
});
afterAll(() => server.close());

const open = async (documentId: string, cookie: string) => {
  const client = connectClient(server.url, documentId, cookie);
  clients.push(client);
  await synced(client);
  return client;
};

describe("decisions, action items and escalations in an agenda", () => {
  it("are proposals until the meeting starts, then decisions, tasks and escalations sent, with no further write", async () => {
    const { db } = server.deps.database;
    expect((await step("dagsorden_kladde")).status).toBe(200);
    const agenda = await open(chef.documentId, cookies.secretary);
    ids.decision = docEdits.addDecision(agenda.doc, 0, "Chefforum tager udgangspunkt i model 1.");
    ids.action = docEdits.addBlock(agenda.doc, 0, "actionItem", "Kommissorierne tilrettes", { ownerKind: "sekretariatet", ownerName: "Sekretariatet", dueKind: "naeste_moede" });
    ids.escalation = docEdits.addBlock(agenda.doc, 0, "escalation", "Kvalificér forslag til fælles udskrivningsstandard", {
      targetForumId: psyk.forumId,
      targetForumName: "Driftsforum Voksenpsykiatri",
      direction: "ned",
    });
    // Extraction keeps extracting: the rows exist, they are only not tracked yet.
    await waitFor(async () => {
      expect(await db.select().from(decisions).where(and(eq(decisions.documentId, chef.documentId), eq(decisions.id, ids.decision)))).toHaveLength(1);
      expect(await db.select().from(actionItems).where(and(eq(actionItems.documentId, chef.documentId), eq(actionItems.id, ids.action)))).toHaveLength(1);
      expect(await db.select().from(escalations).where(and(eq(escalations.documentId, chef.documentId), eq(escalations.id, ids.escalation)))).toHaveLength(1);
    });

    expect(await tracked()).toEqual({
      dashboard: [],
      csv: false,
      carryOver: [],
      inbox: [],
      sent: [],
      fromMeeting: [[ids.escalation, true]],
      decisions: [[ids.decision, true]],
    });
    const exported = await agendaText();
    expect(exported).toContain("Forslag til beslutning: Chefforum tager udgangspunkt i model 1.");
    expect(exported).toContain("Forslag til aktionspunkt: Kommissorierne tilrettes");
    expect(exported).toContain("Foreslås sendt videre til Driftsforum Voksenpsykiatri (ned)");

    // Reached directly, a proposal can be neither followed up nor handled by the forum it names.
    const patch = await server.request(`/api/action-items/${chef.documentId}/${ids.action}`, { method: "PATCH", json: { status: "i gang" }, cookie: cookies.chair });
    expect(patch.status).toBe(409);
    expect((await patch.json()).error.code).toBe("action_item_proposal");
    const accept = await server.request(`/api/escalations/${chef.documentId}/${ids.escalation}/accept`, { method: "POST", json: { meetingId: psyk.meetingId }, cookie: psyk.cookie });
    expect(accept.status).toBe(409);
    expect((await accept.json()).error.code).toBe("escalation_proposal");
    expect((await server.request(`/api/action-items/${chef.documentId}/${ids.action}/history`, { cookie: cookies.chair })).status).toBe(404);

    // Sending the agenda does not decide anything either.
    expect((await step("dagsorden_udsendt")).status).toBe(200);
    expect((await tracked()).dashboard).toEqual([]);

    expect((await step("moede_i_gang")).status).toBe(200);
    expect(await tracked()).toEqual({
      dashboard: [ids.action],
      csv: true,
      carryOver: [ids.action],
      inbox: [ids.escalation],
      sent: [ids.escalation],
      fromMeeting: [[ids.escalation, false]],
      decisions: [[ids.decision, false]],
    });
    const minutes = await agendaText();
    expect(minutes).toContain("Beslutning: Chefforum tager udgangspunkt i model 1.");
    expect(minutes).not.toContain("Forslag til");
    const inbox = await json(`/api/forums/${psyk.forumId}/inbox`, psyk.cookie);
    expect(inbox.escalations[0]).toMatchObject({ state: "ny", proposal: false, origin: { forumName: chef.forum.name } });
  });

  it("shows the origin forum only the decisions of a target meeting that has been held", async () => {
    const accepted = await server.request(`/api/escalations/${chef.documentId}/${ids.escalation}/accept`, { method: "POST", json: { meetingId: psyk.meetingId }, cookie: psyk.cookie });
    expect(accepted.status).toBe(200);
    const { agendaItemId } = await accepted.json();
    const target = await open(psyk.documentId, psyk.cookie);
    const index = target.doc
      .getXmlFragment(DOCUMENT_FRAGMENT)
      .toArray()
      .findIndex((el) => (el as Y.XmlElement).getAttribute("id") === agendaItemId);
    const decisionId = docEdits.addDecision(target.doc, index, "Driftsforum nedsætter en arbejdsgruppe.");
    const { db } = server.deps.database;
    await waitFor(async () => expect(await db.select().from(decisions).where(and(eq(decisions.documentId, psyk.documentId), eq(decisions.id, decisionId)))).toHaveLength(1));

    const outcome = async () => (await json(`/api/forums/${chef.forum.id}/escalations`, cookies.member)).escalations.find((e: { id: string }) => e.id === ids.escalation).outcome;
    expect(await outcome()).toEqual([]);
    await holdMeeting(db, psyk.meetingId, "moede_i_gang");
    expect(await outcome()).toEqual(["Driftsforum nedsætter en arbejdsgruppe."]);
  });
});
