import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetings, meetingVersions } from "../../../db/schema/index.js";
import { createMeetingScenario } from "../../helpers/factories.js";
import { docEdits } from "../../helpers/docEdits.js";
import { approve, heldMeeting, step, storedMeeting, type Cookies } from "../../helpers/minutesScenario.js";
import { loginAll } from "../../helpers/session.js";
import { storedDocument } from "../../helpers/storedDocument.js";
import { connectClient, synced } from "../../helpers/syncClient.js";
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

// An update typed in the meeting's document, as another node would store it: built on what is stored now.
async function updateTyping(documentId: string, text: string): Promise<Uint8Array> {
  const doc = new Y.Doc();
  const client = connectClient(server.url, documentId, cookies.secretary);
  await synced(client);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(client.doc));
  client.destroy();
  const before = Y.encodeStateVector(doc);
  docEdits.typeInItem(doc, 1, text);
  return Y.encodeStateAsUpdate(doc, before);
}

describe("freezing a record while another node stores updates", () => {
  it("waits for an update another node is committing, so the approved version holds it, and refuses every update after", async () => {
    const { meetingId, documentId } = await heldMeeting(server, scenario.forum.id);
    expect((await step(server, meetingId, cookies.secretary, "referat_udsendt", true)).status).toBe(200);
    expect((await approve(server, meetingId, cookies.member)).status).toBe(201);
    const late = await updateTyping(documentId, " Skrevet på den anden node lige før godkendelsen.");

    const otherNode = postgres(server.databaseUrl, { onnotice: () => {}, max: 1 });
    const inFlight = await otherNode.reserve();
    try {
      await inFlight`begin`;
      await inFlight`insert into document_updates (document_id, data) values (${documentId}, ${Buffer.from(late)})`;
      // The chair approves while that insert is not yet committed: the freeze must wait for it, not read past it.
      const approving = approve(server, meetingId, cookies.chair);
      await waitFor(async () => {
        const waiting = (await server.deps.database.db.execute(sql`select 1 from pg_locks where locktype = 'advisory' and not granted`)) as unknown as unknown[];
        expect(waiting.length).toBeGreaterThan(0);
      });
      await inFlight`commit`;
      expect((await approving).status).toBe(201);
    } finally {
      inFlight.release();
    }
    expect((await storedMeeting(server, meetingId)).status).toBe("godkendt");
    const versions = await server.deps.database.db.select({ kind: meetingVersions.kind, doc: meetingVersions.doc }).from(meetingVersions).where(eq(meetingVersions.meetingId, meetingId));
    expect(JSON.stringify(versions.find((v) => v.kind === "godkendt")!.doc)).toContain("Skrevet på den anden node lige før godkendelsen.");

    const after = await updateTyping(documentId, " For sent.");
    const refused = await otherNode`insert into document_updates (document_id, data) values (${documentId}, ${Buffer.from(after)})`.catch((error: { code: string }) => error);
    expect(refused).toMatchObject({ code: "MB001" });
    await otherNode.end();
  });

  it("sends an editor whose update the database refuses back read-only, stores nothing and keeps the database counted as up", async () => {
    const { meetingId, documentId } = await heldMeeting(server, scenario.forum.id);
    const editor = connectClient(server.url, documentId, cookies.secretary);
    try {
      await synced(editor);
      const closed = new Promise<number>((resolve) => editor.provider.once("connection-close", (event: CloseEvent | null) => resolve(event?.code ?? 0)));
      // Frozen by another node, whose notice has not reached this one.
      await server.deps.database.db.update(meetings).set({ status: "godkendt" }).where(eq(meetings.id, meetingId));
      docEdits.typeInItem(editor.doc, 1, " Afvist af databasen.");
      expect(await closed).toBe(4503);
      expect(JSON.stringify(await storedDocument(server.deps.database.db, documentId))).not.toContain("Afvist af databasen.");
      expect(server.deps.updateLog.status()).toMatchObject({ database: "up", queued: 0 });
      await waitFor(() => expect(editor.provider.wsconnected).toBe(true));
    } finally {
      editor.destroy();
    }
  });
});
