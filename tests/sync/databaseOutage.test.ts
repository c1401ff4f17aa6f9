import { eq, isNotNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../db/client.js";
import { documentUpdates } from "../../db/schema/index.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { docEdits } from "../helpers/docEdits.js";
import { startPostgres, type PostgresServer } from "../helpers/postgresServer.js";
import { login } from "../helpers/session.js";
import { storedDocument } from "../helpers/storedDocument.js";
import { connectClient, synced } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";
import { plainText } from "../../shared/blocks/extractBlocks.js";

// A Postgres server of this file's own: the test stops it under the running server.
let postgres: PostgresServer;
let database: Database;
let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;

beforeAll(async () => {
  postgres = await startPostgres();
  database = await openDatabase({ url: postgres.url, dataDir: "" });
  await database.migrate();
  scenario = await createMeetingScenario(database.db);
  server = await startTestServer({ DATABASE_URL: postgres.url });
}, 60_000);
afterAll(async () => {
  await server?.close();
  await database?.close();
  postgres?.stop();
});

describe("a database outage mid-meeting", () => {
  it("keeps two editors in sync, journals their edits, and replays them in order exactly once when Postgres returns", async () => {
    const cookie = await login(server, scenario.secretary.email);
    const a = connectClient(server.url, scenario.documentId, cookie);
    const b = connectClient(server.url, scenario.documentId, cookie);
    try {
      await Promise.all([synced(a), synced(b)]);
      docEdits.typeInItem(a.doc, 0, "Før nedbruddet");
      await waitFor(() => expect(docEdits.text(b.doc)).toContain("Før nedbruddet"));

      postgres.kill();
      for (let i = 0; i < 10; i++) docEdits.typeInItem(i % 2 ? a.doc : b.doc, 0, `Under nedbruddet ${i}`);
      await waitFor(() => {
        for (let i = 0; i < 10; i++) {
          expect(docEdits.text(a.doc)).toContain(`Under nedbruddet ${i}`);
          expect(docEdits.text(b.doc)).toContain(`Under nedbruddet ${i}`);
        }
      });
      const down = await server.request("/readyz");
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ ok: false, error: { code: "database_unavailable" } });
      expect(server.deps.updateLog.status()).toMatchObject({ database: "down" });
      expect(server.deps.updateLog.status().queued).toBeGreaterThan(0);

      postgres.restart();
      await waitFor(async () => {
        const ready = await server.request("/readyz");
        expect(ready.status).toBe(200);
        expect((await ready.json()).queued).toBe(0);
      }, { timeout: 20_000 });

      const stored = plainText(await storedDocument(database.db, scenario.documentId));
      expect(stored).toContain("Før nedbruddet");
      for (let i = 0; i < 10; i++) expect(stored).toContain(`Under nedbruddet ${i}`);
      const replayed = await database.db.select({ ref: documentUpdates.journalRef }).from(documentUpdates).where(isNotNull(documentUpdates.journalRef));
      expect(replayed.length).toBeGreaterThan(0);
      expect(new Set(replayed.map((r) => r.ref)).size).toBe(replayed.length);
      const [{ n }] = await database.db.select({ n: sql<number>`count(*)::int` }).from(documentUpdates).where(eq(documentUpdates.documentId, scenario.documentId));
      expect(n).toBeGreaterThanOrEqual(replayed.length);

      docEdits.typeInItem(a.doc, 0, "Efter nedbruddet");
      await waitFor(async () => expect(plainText(await storedDocument(database.db, scenario.documentId))).toContain("Efter nedbruddet"));
    } finally {
      a.destroy();
      b.destroy();
    }
  });
});
