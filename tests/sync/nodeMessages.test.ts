import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeNodeMessage, NODE_CHANNEL, parseNodeMessage } from "../../server/nodes/nodeMessages.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { docEdits } from "../helpers/docEdits.js";
import { login } from "../helpers/session.js";
import { storedDocument } from "../helpers/storedDocument.js";
import { connectClient, synced } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

const DOC = "0b0e1f52-4a7b-4c5e-9a51-3d2f6f1e8c11";

describe("messages between nodes", () => {
  it("read back what they wrote", () => {
    const messages = [
      { kind: "update", node: "n1", documentId: DOC, update: new Uint8Array([1, 2, 3]) },
      { kind: "reload", node: "n1", documentId: DOC },
      { kind: "awareness", node: "n1", documentId: DOC, update: new Uint8Array([9]), claims: [[42, "ab12"]] },
      { kind: "awarenessQuery", node: "n1", documentId: DOC },
      { kind: "revoke", node: "n1", what: "session", id: "c0ffee" },
    ] as const;
    for (const message of messages) expect(parseNodeMessage(encodeNodeMessage(message as never))).toEqual(message);
  });

  it("refuse anything malformed or unknown", () => {
    for (const text of ["", "x|n1", "u|n1|not-a-uuid|AQID", `u|n1|${DOC}|***`, `u|n1|${DOC}`, `f|n1|${DOC}|extra`, "r|n1|everyone|x", `a|n1|${DOC}|AQ==|12:zz`, `u|n1|${DOC}|AQ==|1:ab`]) {
      expect(parseNodeMessage(text), text).toBeNull();
    }
  });
});

describe("a node hearing notifications", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("counts and ignores an unreadable one, ignores one for a document it does not hold, and keeps serving", async () => {
    const scenario = await createMeetingScenario(server.deps.database.db);
    const sql = postgres(server.databaseUrl, { onnotice: () => {}, max: 1 });
    try {
      const before = (await server.deps.metrics.ignoredNotifications.get()).values[0]?.value ?? 0;
      await sql`select pg_notify(${NODE_CHANNEL}, ${"u|other|garbage"})`;
      await sql`select pg_notify(${NODE_CHANNEL}, ${encodeNodeMessage({ kind: "update", node: "other", documentId: DOC, update: new Uint8Array([0, 0]) })})`;
      await waitFor(async () => expect((await server.deps.metrics.ignoredNotifications.get()).values[0]?.value).toBe(before + 1));
      const client = connectClient(server.url, scenario.documentId, await login(server, scenario.secretary.email));
      try {
        await synced(client);
        docEdits.typeInItem(client.doc, 0, " Stadig i live.");
        await waitFor(async () => expect(JSON.stringify(await storedDocument(server.deps.database.db, scenario.documentId))).toContain("Stadig i live."));
      } finally {
        client.destroy();
      }
    } finally {
      await sql.end();
    }
  });
});
