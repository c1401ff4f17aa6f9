import { eq } from "drizzle-orm";
import ical from "node-ical";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { documents, meetings, outbox } from "../../db/schema/index.js";
import { syncBlocks } from "../../server/commands/blockSyncer.js";
import { extractBlocks } from "../../shared/blocks/extractBlocks.js";
import { build } from "../../shared/editor/build.js";
import { addForum, createMeetingScenario, createTestMeeting, holdMeeting } from "../helpers/factories.js";
import { docEdits } from "../helpers/docEdits.js";
import { loginAll } from "../helpers/session.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let cookies: Awaited<ReturnType<typeof loginAll>>;
const clients: SyncClient[] = [];
const nextWeek = () => new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
const REASON = "Formandskabet er forhindret; punkterne tages op på næste møde.";

const cancel = (meetingId: string, cookie: string, json: unknown = { reason: REASON }) =>
  server.request(`/api/meetings/${meetingId}/cancellation`, { method: "POST", json, cookie });
const remove = (meetingId: string, cookie: string) => server.request(`/api/meetings/${meetingId}`, { method: "DELETE", cookie });
const step = (meetingId: string, cookie: string, to: string) => server.request(`/api/meetings/${meetingId}/transitions`, { method: "POST", json: { to }, cookie });
const newMeeting = async (status = "planlagt") => {
  const made = await createTestMeeting(server.deps.database.db, scenario.forum.id, undefined, { startsAt: nextWeek() });
  await server.deps.database.db.update(meetings).set({ status }).where(eq(meetings.id, made.meetingId));
  return made;
};
const open = async (documentId: string, cookie: string) => {
  const client = connectClient(server.url, documentId, cookie);
  clients.push(client);
  await synced(client);
  return client;
};

beforeAll(async () => {
  server = await startTestServer();
  scenario = await createMeetingScenario(server.deps.database.db, undefined, { startsAt: nextWeek() });
  cookies = await loginAll(server, scenario);
});
afterEach(() => {
  clients.splice(0).forEach((c) => c.destroy());
});
afterAll(() => server.close());

describe("POST /api/meetings/:id/cancellation", () => {
  it("lets only the chair and the secretariat cancel, and only with a reason", async () => {
    const { meetingId } = await newMeeting();
    expect((await cancel(meetingId, cookies.member)).status).toBe(403);
    expect((await cancel(meetingId, cookies.outsider)).status).toBe(404);
    const blank = await cancel(meetingId, cookies.chair, { reason: "  " });
    expect(blank.status).toBe(400);
    expect((await blank.json()).error.message).toContain("Skriv hvorfor mødet aflyses.");
    expect((await cancel(meetingId, cookies.chair, {})).status).toBe(400);
    expect((await server.deps.database.db.select().from(meetings).where(eq(meetings.id, meetingId)))[0].status).toBe("planlagt");
  });

  it("cancels a meeting whose agenda is out, mails every member why, and keeps it in the plan and the feeds, marked", async () => {
    const id = scenario.meetingId;
    expect((await step(id, cookies.chair, "dagsorden_kladde")).status).toBe(200);
    expect((await step(id, cookies.secretary, "dagsorden_udsendt")).status).toBe(200);
    const res = await cancel(id, cookies.chair);
    expect(res.status).toBe(200);
    expect((await res.json()).meeting).toMatchObject({
      status: "aflyst",
      statusLabel: "Aflyst",
      cancelReason: REASON,
      canEdit: false,
      canCancel: false,
      canDelete: false,
      allowedTransitions: [],
      warnings: [],
    });
    const again = await cancel(id, cookies.secretary);
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe("already_cancelled");

    const mails = (await server.deps.database.db.select().from(outbox)).filter((m) => m.subject.startsWith("Mødet er aflyst: Chefforum"));
    expect(mails.map((m) => m.to).sort()).toEqual([scenario.chair.email, scenario.secretary.email, scenario.member.email].sort());
    expect(mails[0].body).toContain(`Begrundelse: ${REASON}`);
    expect(mails[0].body).toContain(`/m/${id}`);

    const plan = (await (await server.request("/api/plan", { cookie: cookies.member })).json()).meetings;
    expect(plan.find((m: { id: string }) => m.id === id)).toMatchObject({ status: "aflyst", cancelReason: REASON });
    const list = (await (await server.request("/api/meetings", { cookie: cookies.member })).json()).meetings;
    expect(list.find((m: { id: string }) => m.id === id)).toMatchObject({ status: "aflyst", statusLabel: "Aflyst" });

    const { url } = await (await server.request("/api/me/calendar", { method: "POST", cookie: cookies.member })).json();
    const events = Object.values(ical.sync.parseICS(await (await server.request(new URL(url).pathname)).text())).filter((e) => e.type === "VEVENT") as ical.VEvent[];
    const event = events.find((e) => e.uid === `${id}@moedebord`)!;
    expect(event.status).toBe("CANCELLED");
    expect(String(event.summary)).toMatch(/^AFLYST: Chefforum/);

    const held = await step(id, cookies.chair, "moede_i_gang");
    expect(held.status).toBe(409);
    expect((await held.json()).error.code).toBe("illegal_transition");
  });

  it("makes the document read-only: open editors reconnect and later edits are dropped", async () => {
    const { meetingId, documentId } = await newMeeting("dagsorden_kladde");
    const editor = await open(documentId, cookies.secretary);
    const reconnected = new Promise<number>((resolve) => editor.provider.once("connection-close", (event: CloseEvent | null) => resolve(event?.code ?? 0)));
    expect((await cancel(meetingId, cookies.secretary)).status).toBe(200);
    expect(await reconnected).toBe(4503);

    const observer = await open(documentId, cookies.member);
    const late = await open(documentId, cookies.chair);
    docEdits.typeInItem(late.doc, 0, "Efter aflysningen");
    // Frames are handled in order: once the marker is relayed, the edit before it has been handled.
    late.provider.awareness.setLocalStateField("marker", "efter-redigering");
    await waitFor(() => expect(observer.provider.awareness.getStates().get(late.doc.clientID)?.marker).toBe("efter-redigering"));
    const check = await open(documentId, cookies.chair);
    expect(docEdits.text(check.doc)).not.toContain("Efter aflysningen");
  });

  it("refuses a meeting that is under way or held", async () => {
    for (const status of ["moede_i_gang", "referat_udsendt", "offentliggjort"]) {
      const { meetingId } = await newMeeting(status);
      const res = await cancel(meetingId, cookies.chair);
      expect(res.status, status).toBe(409);
      expect((await res.json()).error.code, status).toBe("not_cancellable");
    }
  });

  it("sends an escalation accepted onto the meeting back to the receiving forum's inbox", async () => {
    const { db } = server.deps.database;
    const drift = await addForum(db, scenario.forum, "Driftsforum Voksen Somatik", "driftsforum", [scenario.forum.id]);
    const origin = build.doc(build.agendaItem("Udskrivning", build.escalation("Manglende epikriser ved udskrivning", { targetForumId: scenario.forum.id, targetForumName: "Chefforum", direction: "op" })));
    const driftMeeting = await createTestMeeting(db, drift.id, origin);
    // Held: what its minutes escalate has been sent, not merely proposed.
    await holdMeeting(db, driftMeeting.meetingId);
    const blocks = extractBlocks(origin);
    await syncBlocks(db, driftMeeting.documentId, blocks);
    const escalationId = blocks.escalations[0].id;

    const { meetingId } = await newMeeting("dagsorden_kladde");
    const key = `/api/escalations/${driftMeeting.documentId}/${escalationId}`;
    expect((await server.request(`${key}/accept`, { method: "POST", json: { meetingId }, cookie: cookies.secretary })).status).toBe(200);
    expect((await cancel(meetingId, cookies.secretary)).status).toBe(200);

    const inbox = (await (await server.request(`/api/forums/${scenario.forum.id}/inbox`, { cookie: cookies.secretary })).json()).escalations;
    expect(inbox.find((e: { id: string }) => e.id === escalationId)).toMatchObject({ state: "ny", targetMeeting: null, reason: "Mødet, punktet var sat på, blev aflyst." });
    const onto = await server.request(`${key}/accept`, { method: "POST", json: { meetingId }, cookie: cookies.secretary });
    expect(onto.status).toBe(409);
    expect((await onto.json()).error.code).toBe("meeting_cancelled");
  });
});

describe("DELETE /api/meetings/:id", () => {
  it("lets the secretariat delete a meeting whose agenda was never sent, document and all", async () => {
    for (const status of ["planlagt", "dagsorden_kladde"]) {
      const { meetingId, documentId } = await newMeeting(status);
      expect((await remove(meetingId, cookies.outsider)).status, status).toBe(404);
      expect((await remove(meetingId, cookies.member)).status, status).toBe(403);
      const chair = await remove(meetingId, cookies.chair);
      expect(chair.status, status).toBe(403);
      expect((await chair.json()).error.message).toBe("Kun sekretariatet kan slette møder.");

      const res = await remove(meetingId, cookies.secretary);
      expect(res.status, status).toBe(204);
      expect(await res.text()).toBe("");
      expect((await server.request(`/api/meetings/${meetingId}`, { cookie: cookies.secretary })).status).toBe(404);
      expect(await server.deps.database.db.select().from(documents).where(eq(documents.id, documentId))).toEqual([]);
      expect((await remove(meetingId, cookies.secretary)).status).toBe(404);
    }
  });

  it("refuses once the agenda has gone out: such a meeting can only be cancelled", async () => {
    for (const status of ["dagsorden_udsendt", "moede_i_gang", "godkendt", "aflyst"]) {
      const { meetingId } = await newMeeting(status);
      const res = await remove(meetingId, cookies.secretary);
      expect(res.status, status).toBe(409);
      expect((await res.json()).error).toEqual({ code: "not_deletable", message: "Kun et møde, hvis dagsorden ikke er udsendt, kan slettes. Aflys mødet i stedet." });
      expect((await server.request(`/api/meetings/${meetingId}`, { cookie: cookies.secretary })).status).toBe(200);
    }
  });
});
