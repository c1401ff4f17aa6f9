import * as decoding from "lib0/decoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMeetingScenario } from "../helpers/factories.js";
import { docEdits } from "../helpers/docEdits.js";
import { login } from "../helpers/session.js";
import { storedDocument } from "../helpers/storedDocument.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
const clients: SyncClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  scenario = await createMeetingScenario(server.deps.database.db);
});
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await server.close();
});

// The message types of every frame a client's socket receives.
function recordTypes(client: SyncClient): number[] {
  const types: number[] = [];
  const attach = () =>
    client.provider.ws?.addEventListener("message", (event: MessageEvent) => types.push(decoding.readVarUint(decoding.createDecoder(new Uint8Array(event.data as ArrayBuffer)))));
  attach();
  client.provider.on("status", ({ status }: { status: string }) => status === "connected" && attach());
  return types;
}

describe("durable acknowledgements", () => {
  it("tells a client that asked what is stored, only once it is in Postgres, and never sends the stock client anything new", async () => {
    const cookie = await login(server, scenario.secretary.email);
    const editor = connectClient(server.url, scenario.documentId, cookie, server.url, { acks: true });
    const stock = connectClient(server.url, scenario.documentId, cookie);
    clients.push(editor, stock);
    const stockTypes = recordTypes(stock);
    await Promise.all([synced(editor), synced(stock)]);

    for (let i = 0; i < 10; i++) {
      docEdits.typeInItem(editor.doc, 0, ` Gemt ${i}`);
      expect(editor.stored()).toBe(false);
      await waitFor(() => expect(editor.stored()).toBe(true));
      // Acknowledged means stored: the text is in Postgres the moment the acknowledgement arrives.
      expect(JSON.stringify(await storedDocument(server.deps.database.db, scenario.documentId))).toContain(`Gemt ${i}`);
    }
    docEdits.typeInItem(stock.doc, 0, " Fra den almindelige klient");
    await waitFor(() => expect(docEdits.text(editor.doc)).toContain("Fra den almindelige klient"));
    await waitFor(() => expect(docEdits.text(stock.doc)).toContain("Gemt 9"));
    expect(stockTypes.length).toBeGreaterThan(0);
    expect(stockTypes.every((type) => type >= 0 && type <= 3)).toBe(true);
  });
});
