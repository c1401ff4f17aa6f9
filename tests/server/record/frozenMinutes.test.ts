import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMeetingScenario } from "../../helpers/factories.js";
import { docEdits } from "../../helpers/docEdits.js";
import { heldMeeting, sendAndApprove, step, storedMeeting, uploadAttachment, type Cookies } from "../../helpers/minutesScenario.js";
import { loginAll } from "../../helpers/session.js";
import { storedDocument } from "../../helpers/storedDocument.js";
import { connectClient, synced, type SyncClient } from "../../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../../helpers/testServer.js";
import { waitFor } from "../../helpers/waitFor.js";
import { plainText } from "../../../shared/blocks/extractBlocks.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let cookies: Cookies;
const clients: SyncClient[] = [];
const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

beforeAll(async () => {
  server = await startTestServer();
  scenario = await createMeetingScenario(server.deps.database.db);
  cookies = await loginAll(server, scenario);
});
afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
afterAll(() => server.close());

const upload = (meetingId: string, name: string) => uploadAttachment(server, meetingId, cookies.secretary, { name, bytes: pdf });
const editor = async (documentId: string, cookie = cookies.secretary) => {
  const client = connectClient(server.url, documentId, cookie);
  clients.push(client);
  await synced(client);
  return client;
};
// Frames are handled in order: once a marker set after an edit is relayed back, the edit has been handled.
const handled = async (client: SyncClient, marker: string) => {
  const watcher = await editor(client.provider.roomname, cookies.member);
  client.provider.awareness.setLocalStateField("marker", marker);
  await waitFor(() => expect(watcher.provider.awareness.getStates().get(client.doc.clientID)?.marker).toBe(marker));
};

describe("approved minutes are frozen", () => {
  it("applies no sync edit, refuses heading and attachment changes, and reopens for a new round with a new version", async () => {
    const { meetingId, documentId } = await heldMeeting(server, scenario.forum.id);
    const uploaded = await upload(meetingId, "Budget.pdf");
    expect(uploaded.status).toBe(201);
    const open = await editor(documentId);
    const disconnected = new Promise<number>((resolve) => open.provider.once("connection-close", (event: CloseEvent | null) => resolve(event?.code ?? 0)));
    await sendAndApprove(server, meetingId, cookies);
    expect(await disconnected, "open editors reconnect to come back read-only").toBe(4503);

    await waitFor(() => expect(open.provider.wsconnected).toBe(true));
    docEdits.typeInItem(open.doc, 1, "Ændret efter godkendelsen");
    await handled(open, "efter-godkendelse");
    expect(plainText(await storedDocument(server.deps.database.db, documentId))).not.toContain("Ændret efter godkendelsen");

    const refusals = [
      await server.request(`/api/meetings/${meetingId}`, { method: "PATCH", json: { title: "Nyt navn" }, cookie: cookies.secretary }),
      await server.request(`/api/meetings/${meetingId}`, { method: "PATCH", json: { place: "Andet lokale" }, cookie: cookies.chair }),
      await upload(meetingId, "Sent bilag.pdf"),
      await server.request(`/api/attachments/${(await uploaded.json()).attachment.id}`, { method: "DELETE", cookie: cookies.secretary }),
    ];
    for (const res of refusals) expect({ status: res.status, code: (await res.json()).error.code }).toEqual({ status: 409, code: "meeting_locked" });

    const reopen = (cookie: string, reason?: string) => server.request(`/api/meetings/${meetingId}/reopening`, { method: "POST", json: { reason }, cookie });
    expect((await reopen(cookies.member, "Fejl")).status).toBe(403);
    expect((await reopen(cookies.secretary)).status).toBe(400);
    const reopened = await reopen(cookies.secretary, "Beløbet i punkt 2 var forkert.");
    expect(reopened.status).toBe(200);
    expect((await reopened.json()).meeting).toMatchObject({ status: "referat_kladde", canEdit: true });

    const fresh = await editor(documentId);
    docEdits.typeInItem(fresh.doc, 1, "Beløbet er rettet til 2,1 mio. kr.");
    await waitFor(async () => expect(plainText(await storedDocument(server.deps.database.db, documentId))).toContain("rettet til 2,1 mio."));
    await sendAndApprove(server, meetingId, cookies);

    const { versions } = await (await server.request(`/api/meetings/${meetingId}/versions`, { cookie: cookies.member })).json();
    expect(versions.map((v: { kind: string; version: number }) => `${v.kind} ${v.version}`)).toEqual(["referat 1", "godkendt 1", "referat 2", "godkendt 2"]);
    const diff = await (await server.request(`/api/meetings/${meetingId}/compare?kind=godkendt&from=1&to=2`, { cookie: cookies.member })).json();
    expect(diff.changes).toEqual([expect.objectContaining({ title: "Økonomi", change: "changed", after: expect.stringContaining("rettet til 2,1 mio.") })]);
    const { events } = await (await server.request(`/api/meetings/${meetingId}/history`, { cookie: cookies.member })).json();
    expect(events.find((e: { kind: string }) => e.kind === "genaabnet")).toMatchObject({ reason: "Beløbet i punkt 2 var forkert.", by: scenario.secretary.name });
    expect((await storedMeeting(server, meetingId)).minutesRound).toBe(2);
  });

  it("holds a typed edit back while the minutes are frozen, so the approved version is what the room held", async () => {
    const { meetingId, documentId } = await heldMeeting(server, scenario.forum.id);
    const typist = await editor(documentId);
    expect((await step(server, meetingId, cookies.secretary, "referat_udsendt")).status).toBe(200);
    const typing = (async () => {
      for (let n = 0; n < 40 && typist.provider.wsconnected; n++) {
        docEdits.typeInItem(typist.doc, 1, `Tastet ${n}.`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await server.deps.database.db.execute(`update meetings set comment_period_ends_on = '2020-01-01' where id = '${meetingId}'`);
    expect((await step(server, meetingId, cookies.chair, "godkendt")).status).toBe(200);
    await typing;
    const approved = await (await server.request(`/api/meetings/${meetingId}/versions/godkendt/1`, { cookie: cookies.chair })).json();
    const stored = await storedDocument(server.deps.database.db, documentId);
    expect(plainText(stored), "nothing after the freeze reached the document").toBe(plainText(approved.doc));
  });
});
