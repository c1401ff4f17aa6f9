import { and, eq, isNull } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { decisions, escalations } from "../../db/schema/index.js";
import { DocumentStore } from "../../server/sync/documentStore.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { docEdits } from "../helpers/docEdits.js";
import { loginAll } from "../helpers/session.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
const clients: SyncClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
afterAll(() => server.close());

/** The document as stored, as a Yjs doc. */
async function storedYDoc(documentId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const update of (await new DocumentStore(server.deps.database.db).load(documentId)).updates) Y.applyUpdate(doc, update);
  return doc;
}

/** The node names of a block's children. */
const childrenOf = (doc: Y.Doc, id: string) => docEdits.block(doc, id).toArray().map((child) => (child instanceof Y.XmlElement ? child.nodeName : "text"));

describe("a document stored with blocks in the old shape", () => {
  it("is rewritten and stored when its room loads, before any editor sees it, and extracted with its text", async () => {
    const { db } = server.deps.database;
    const scenario = await createMeetingScenario(db);
    const old = await storedYDoc(scenario.documentId);
    const updates: Uint8Array[] = [];
    old.on("update", (update: Uint8Array) => updates.push(update));
    const id = docEdits.addLegacyBlock(old, 0, "decision", "Dagsordenen blev godkendt uden bemærkninger.");
    await new DocumentStore(db).append(scenario.documentId, updates);
    expect(childrenOf(await storedYDoc(scenario.documentId), id)).toEqual(["text"]);

    const cookies = await loginAll(server, scenario);
    const client = connectClient(server.url, scenario.documentId, cookies.secretary);
    clients.push(client);
    await synced(client);
    expect(childrenOf(client.doc, id)).toEqual(["paragraph"]);
    expect(docEdits.text(client.doc)).toContain("Dagsordenen blev godkendt uden bemærkninger.");
    expect(childrenOf(await storedYDoc(scenario.documentId), id), "stored before the editor got it").toEqual(["paragraph"]);

    const row = await waitFor(async () => {
      const [found] = await db.select().from(decisions).where(and(eq(decisions.documentId, scenario.documentId), eq(decisions.id, id)));
      expect(found?.text).toBe("Dagsordenen blev godkendt uden bemærkninger.");
      return found;
    });
    expect(row.content).toEqual([{ type: "paragraph", content: [{ type: "text", text: "Dagsordenen blev godkendt uden bemærkninger." }] }]);
  });

  it("gets a block written in the old shape by a client on the old schema rewritten as it is extracted", async () => {
    const { db } = server.deps.database;
    const scenario = await createMeetingScenario(db);
    const cookies = await loginAll(server, scenario);
    const client = connectClient(server.url, scenario.documentId, cookies.secretary);
    clients.push(client);
    await synced(client);

    const id = docEdits.addLegacyBlock(client.doc, 0, "escalation", "Sagen løftes til Direktørforum.");
    await waitFor(() => expect(childrenOf(client.doc, id)).toEqual(["paragraph"]));
    expect(docEdits.text(client.doc)).toContain("Sagen løftes til Direktørforum.");
    await waitFor(async () => {
      const rows = await db.select().from(escalations).where(and(eq(escalations.documentId, scenario.documentId), isNull(escalations.removedAt)));
      expect(rows.map((r) => [r.id, r.text])).toEqual([[id, "Sagen løftes til Direktørforum."]]);
    });
    expect(childrenOf(await storedYDoc(scenario.documentId), id)).toEqual(["paragraph"]);
  });
});
