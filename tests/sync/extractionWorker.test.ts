import { and, eq, inArray } from "drizzle-orm";
import postgresClient from "postgres";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openDatabase, type Database } from "../../db/client.js";
import { decisions, extractionMarks } from "../../db/schema/index.js";
import { ExtractionWorker } from "../../server/extraction/extractionWorker.js";
import { createLogger } from "../../server/logger.js";
import { Metrics } from "../../server/metrics.js";
import { DocumentStore } from "../../server/sync/documentStore.js";
import { createMeetingScenario, createTestMeeting, TEST_PASSWORD } from "../helpers/factories.js";
import { createTestDatabaseUrl } from "../helpers/database.js";
import { docEdits } from "../helpers/docEdits.js";
import { freePort } from "../helpers/postgresServer.js";
import { spawnServer, type ServerProcess } from "../helpers/serverProcess.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { waitFor } from "../helpers/waitFor.js";

let databaseUrl: string;
let database: Database;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
const clients: SyncClient[] = [];
let server: ServerProcess | undefined;

beforeAll(async () => {
  databaseUrl = await createTestDatabaseUrl();
  database = await openDatabase({ url: databaseUrl, dataDir: "" });
  scenario = await createMeetingScenario(database.db);
});
afterEach(async () => {
  clients.splice(0).forEach((c) => c.destroy());
  server?.child.kill("SIGKILL");
  await server?.exited;
  server = undefined;
});
afterAll(() => database?.close());

const decisionText = async (documentId: string, id: string) =>
  (await database.db.select({ text: decisions.text }).from(decisions).where(and(eq(decisions.documentId, documentId), eq(decisions.id, id))))[0]?.text;
const markOf = async (documentId: string) => (await database.db.select().from(extractionMarks).where(eq(extractionMarks.documentId, documentId)))[0];
const storedPosition = async (documentId: string) => (await new DocumentStore(database.db).load(documentId)).lastUpdateId;

async function loginAt(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: TEST_PASSWORD }) });
  return /session=[^;]+/.exec(res.headers.get("set-cookie") ?? "")![0];
}

/** Stores a decision in a document as a node would that died before extracting it; returns the decision's id. */
async function storeDecision(documentId: string, text: string): Promise<string> {
  const store = new DocumentStore(database.db);
  const doc = new Y.Doc();
  (await store.load(documentId)).updates.forEach((u) => Y.applyUpdate(doc, u));
  const before = Y.encodeStateVector(doc);
  const id = docEdits.addDecision(doc, 0, text);
  await store.append(documentId, [Y.encodeStateAsUpdate(doc, before)]);
  doc.destroy();
  return id;
}

describe("the extraction marker", () => {
  it("survives a crash: a document stored beyond it is extracted when the server starts again", async () => {
    const port = await freePort();
    // Extraction would not run for ten minutes on its own: only the catch-up at start can do it.
    const slow = { DATABASE_URL: databaseUrl, EXTRACT_DEBOUNCE_MS: "600000", EXTRACT_MAX_WAIT_MS: "600000", EXTRACT_POLL_MS: "600000" };
    server = await spawnServer(slow, port);
    const cookie = await loginAt(server.url, scenario.chair.email);
    const client = connectClient(server.url, scenario.documentId, cookie, server.url, { acks: true });
    clients.push(client);
    await synced(client);
    const id = docEdits.addDecision(client.doc, 0, "Besluttet lige før nedbruddet");
    await waitFor(() => expect(client.stored()).toBe(true));

    server.child.kill("SIGKILL");
    await server.exited;
    const position = await storedPosition(scenario.documentId);
    expect((await markOf(scenario.documentId))?.extractedThrough ?? 0).toBeLessThan(position);
    expect(await decisionText(scenario.documentId, id)).toBeUndefined();

    server = await spawnServer(slow, port);
    await waitFor(async () => expect(await decisionText(scenario.documentId, id)).toBe("Besluttet lige før nedbruddet"));
    await waitFor(async () => expect((await markOf(scenario.documentId)).extractedThrough).toBe(position));
  });
});

describe("two extraction workers on one database", () => {
  it("never extract the same document at the same time, and write each document once", async () => {
    const documents = await Promise.all([1, 2, 3, 4].map(() => createTestMeeting(database.db, scenario.forum.id)));
    const typed = await Promise.all(documents.map((d, i) => storeDecision(d.documentId, `Beslutning ${i + 1}`)));
    const pools = await Promise.all([0, 1].map(() => openDatabase({ url: databaseUrl, dataDir: "" })));
    const metrics = pools.map(() => new Metrics({ rooms: () => 0, connections: () => 0, queued: () => 0 }));
    const workers = pools.map(
      (pool, i) =>
        new ExtractionWorker(pool.db, createLogger("error"), metrics[i], { debounceMs: 50, maxWaitMs: 200, pollMs: 600_000, retryMaxMs: 1000, statementTimeoutMs: 30_000, postgres: true }),
    );
    const outcome = async (name: string) => {
      let n = 0;
      for (const m of metrics) n += (await m.extractions.get()).values.find((v) => v.labels.outcome === name)?.value ?? 0;
      return n;
    };
    // The decisions table is held, so every extraction that gets to write stops there with its document's lock taken.
    const blocker = postgresClient(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      await blocker.unsafe("begin; lock table decisions in access exclusive mode");
      workers.forEach((w) => w.start());
      await waitFor(async () => {
        // Each backend waiting to write holds one document's extraction lock (class key, document key); no document twice.
        const waiting = await blocker<{ pid: number; document: number }[]>`
          select w.pid, a.objid::bigint as document from pg_locks w
          join pg_class c on c.oid = w.relation and c.relname = 'decisions'
          join pg_locks a on a.pid = w.pid and a.locktype = 'advisory' and a.granted and a.objsubid = 2 and a.classid = 7301013
          where not w.granted`;
        expect(waiting).toHaveLength(documents.length);
        expect(new Set(waiting.map((w) => w.document)).size).toBe(documents.length);
      });
      await blocker.unsafe("commit");

      await waitFor(async () => {
        for (const [i, d] of documents.entries()) expect(await decisionText(d.documentId, typed[i])).toBe(`Beslutning ${i + 1}`);
      });
      await Promise.all(workers.map((w) => w.close()));
      // Every document was tried by both workers; one wrote it, the other found it taken or already extracted.
      expect(await outcome("written")).toBe(documents.length);
      expect((await outcome("busy")) + (await outcome("current"))).toBe(documents.length);
      const marks = await database.db.select().from(extractionMarks).where(inArray(extractionMarks.documentId, documents.map((d) => d.documentId)));
      for (const d of documents) expect(marks.find((m) => m.documentId === d.documentId)?.extractedThrough).toBe(await storedPosition(d.documentId));
    } finally {
      // The table first: a worker closing waits for its extractions, and they for the table.
      await blocker.end();
      await Promise.all(workers.map((w) => w.close()));
      await Promise.all(pools.map((p) => p.close()));
    }
  });
});
