import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { createLogger } from "../../server/logger.js";
import { DocumentStore } from "../../server/sync/documentStore.js";
import { LocalJournal } from "../../server/sync/localJournal.js";
import { UpdateLog } from "../../server/sync/updateLog.js";
import { createTestDatabase } from "../helpers/database.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { waitFor } from "../helpers/waitFor.js";

const dirs: string[] = [];
const journalDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "journal-"));
  dirs.push(dir);
  return dir;
};
const log = createLogger("silent");
let database: Database & { url: string };
let documentId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  documentId = (await createMeetingScenario(database.db)).documentId;
});
afterAll(async () => {
  await database.close();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

// An update that sets `key` of the document's test map, so what is loaded can be read back.
function update(key: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap("seams").set(key, true);
  return Y.encodeStateAsUpdate(doc);
}
const keys = (doc: Y.Doc) => [...doc.getMap("seams").keys()].sort();
const reopen = async (dir: string) => {
  const journal = new LocalJournal(dir);
  await journal.open();
  return journal;
};

describe("the local journal", () => {
  it("keeps an append that waits on fsync while the last pending entry is acknowledged", async () => {
    for (let round = 0; round < 20; round++) {
      const dir = journalDir();
      const journal = await reopen(dir);
      const first = await journal.append(documentId, update("first"));
      const second = journal.append(documentId, update("second"));
      await journal.acknowledge(first);
      await second;
      await journal.close();
      const after = await reopen(dir);
      // The acknowledged line may stay until the file empties (its replay is stored once); the new one must be there.
      expect(after.pending.map((e) => e.ref)).toContain((await second).ref);
      await after.close();
    }
  });

  it("repairs a line torn by a crash, so the next append is read back and the server starts", async () => {
    const dir = journalDir();
    const journal = await reopen(dir);
    await journal.append(documentId, update("kept"));
    await journal.close();
    appendFileSync(join(dir, "updates.ndjson"), '{"r":"torn:1","d":"' + documentId + '","u":"AAE');
    const repaired = await reopen(dir);
    expect(repaired.repairedLines).toBe(1);
    await repaired.append(documentId, update("after"));
    await repaired.close();
    const text = readFileSync(join(dir, "updates.ndjson"), "utf8");
    expect(text.endsWith("}\n")).toBe(true);
    const again = await reopen(dir);
    expect(again.pending).toHaveLength(2);
    expect(again.repairedLines).toBe(0);
    await again.close();
  });
});

describe("the update log", () => {
  it("loads an entry that is replayed into Postgres between the two reads of a load", async () => {
    const dir = journalDir();
    const earlier = await reopen(dir);
    await earlier.append(documentId, update("journaled"));
    await earlier.close();

    let openReplay!: () => void;
    let openLoad!: () => void;
    const replayGate = new Promise<void>((r) => (openReplay = r));
    const loadGate = new Promise<void>((r) => (openLoad = r));
    let loadedFromPostgres = false;
    // The real store, with a pause after each read, so the replay can land between the two reads of a load.
    class PausingStore extends DocumentStore {
      override async appendJournaled(entry: { documentId: string; data: Uint8Array; ref: string }) {
        await replayGate;
        return super.appendJournaled(entry);
      }
      override async loadCompacting(id: string, doc: Y.Doc, origin: unknown) {
        await super.loadCompacting(id, doc, origin);
        loadedFromPostgres = true;
        await loadGate;
      }
    }
    const journal = new LocalJournal(dir);
    const updates = new UpdateLog(new PausingStore(database.db), journal, log, 1 << 20, 5000);
    await updates.start();
    const doc = new Y.Doc();
    const loading = updates.load(documentId, doc, null);
    await waitFor(() => expect(loadedFromPostgres).toBe(true));
    openReplay();
    await waitFor(() => expect(journal.pending).toHaveLength(0));
    openLoad();
    await loading;
    expect(keys(doc)).toContain("journaled");
    await updates.close();
  });

  it("treats a database that hangs as down after the commit timeout, journals, and replays when it answers", async () => {
    const locker = postgres(database.url, { onnotice: () => {}, max: 1 });
    const updates = new UpdateLog(new DocumentStore(database.db), new LocalJournal(journalDir()), log, 1 << 20, 300);
    await updates.start();
    const reserved = await locker.reserve();
    try {
      await reserved`begin`;
      await reserved`lock table document_updates in access exclusive mode`;
      const appended = updates.append(documentId, [update("while hung")]);
      const outcome = await Promise.race([appended.then(() => "stored"), new Promise((r) => setTimeout(r, 5000, "still waiting"))]);
      expect(outcome).toBe("stored");
      expect(updates.status()).toMatchObject({ database: "down", queued: 1 });
      await reserved`commit`;
      await waitFor(() => expect(updates.status()).toMatchObject({ database: "up", queued: 0 }), { timeout: 10_000 });
      const doc = new Y.Doc();
      await new DocumentStore(database.db).loadCompacting(documentId, doc, null);
      expect(keys(doc)).toContain("while hung");
    } finally {
      // Ends the lock whether or not the test got as far as committing it.
      await reserved`rollback`;
      reserved.release();
      await updates.close();
      await locker.end();
    }
  });
});
