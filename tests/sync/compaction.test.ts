import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { documentUpdates } from "../../db/schema/index.js";
import { DocumentStore } from "../../server/sync/documentStore.js";
import { yDocToJson } from "../../shared/editor/ydoc.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { createTestDatabase } from "../helpers/database.js";
import { docEdits } from "../helpers/docEdits.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let store: DocumentStore;
let documentId: string;

async function loadDoc(): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const { updates } = await store.load(documentId);
  updates.forEach((u) => Y.applyUpdate(doc, u));
  return doc;
}
const rows = async () =>
  (await database.db.select({ n: sql<number>`count(*)::int` }).from(documentUpdates).where(eq(documentUpdates.documentId, documentId)))[0].n;

/** Appends `n` edits made on a local copy, the way a room would. */
async function appendEdits(n: number, label: string): Promise<void> {
  const doc = await loadDoc();
  for (let i = 0; i < n; i++) {
    const before = Y.encodeStateVector(doc);
    docEdits.typeInItem(doc, 0, `${label} ${i}`);
    await store.append(documentId, [Y.encodeStateAsUpdate(doc, before)]);
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  store = new DocumentStore(database.db, database.logConnection);
  ({ documentId } = await createMeetingScenario(database.db));
});
afterAll(() => database.close());

describe("compaction", () => {
  it("folds the log into the snapshot without changing what loads", async () => {
    await appendEdits(30, "Linje");
    const before = await loadDoc();
    const { basis } = await store.load(documentId);
    expect(await store.compact(documentId, Y.encodeStateAsUpdate(before), basis)).toBe(true);
    expect(await rows()).toBe(0);
    const after = await loadDoc();
    expect(yDocToJson(after)).toEqual(yDocToJson(before));
  });

  it("keeps updates written while a compaction runs", async () => {
    await appendEdits(5, "Før");
    const snapshotDoc = await loadDoc();
    const { basis } = await store.load(documentId);
    await Promise.all([store.compact(documentId, Y.encodeStateAsUpdate(snapshotDoc), basis), appendEdits(10, "Under")]);
    const text = docEdits.text(await loadDoc());
    for (let i = 0; i < 5; i++) expect(text).toContain(`Før ${i}`);
    for (let i = 0; i < 10; i++) expect(text).toContain(`Under ${i}`);
  });

  it("lets only one of two compactions read from the same snapshot fold, so neither loses the other's rows", async () => {
    await appendEdits(3, "Først");
    const first = await store.load(documentId);
    await appendEdits(3, "Siden");
    const second = await store.load(documentId);
    const stateOf = (updates: Uint8Array[]) => {
      const doc = new Y.Doc();
      updates.forEach((u) => Y.applyUpdate(doc, u));
      return Y.encodeStateAsUpdate(doc);
    };
    // The later reader folds first; the earlier one's basis is then stale and it must not overwrite the newer snapshot.
    expect(await store.compact(documentId, stateOf(second.updates), second.basis)).toBe(true);
    expect(await store.compact(documentId, stateOf(first.updates), first.basis)).toBe(false);
    const text = docEdits.text(await loadDoc());
    for (let i = 0; i < 3; i++) expect(text).toContain(`Siden ${i}`);
  });

  it("keeps a row that commits with a lower id after a compaction read the log", async () => {
    await appendEdits(2, "Før");
    const read = await store.load(documentId);
    // A row whose id was taken before the newest one read, but which was not yet committed when the log was read.
    const doc = await loadDoc();
    const before = Y.encodeStateVector(doc);
    docEdits.typeInItem(doc, 0, "Sent committet");
    const lowest = Math.min(...read.basis.rowIds) - 1;
    await database.db.insert(documentUpdates).values({ id: lowest, documentId, data: Y.encodeStateAsUpdate(doc, before) });
    const folded = new Y.Doc();
    read.updates.forEach((u) => Y.applyUpdate(folded, u));
    expect(await store.compact(documentId, Y.encodeStateAsUpdate(folded), read.basis)).toBe(true);
    expect(docEdits.text(await loadDoc())).toContain("Sent committet");
  });

  it("compacts on load once the tail has grown long", async () => {
    await appendEdits(210, "Lang");
    expect(await rows()).toBeGreaterThanOrEqual(200);
    const doc = new Y.Doc();
    await store.loadCompacting(documentId, doc, null);
    expect(await rows()).toBe(0);
    expect(docEdits.text(await loadDoc())).toBe(docEdits.text(doc));
  });
});

describe("group commits", () => {
  // The server writes through postgres-js directly; PGlite and tools go through drizzle.
  it.each([
    ["postgres-js", () => new DocumentStore(database.db, database.logConnection)],
    ["drizzle", () => new DocumentStore(database.db)],
  ])("store rows of several documents in one statement, each document in order (%s)", async (_path, makeStore) => {
    const writer = makeStore();
    const { documentId: other } = await createMeetingScenario(database.db);
    const docs = new Map([documentId, other].map((id) => [id, new Y.Doc()]));
    for (const [id, doc] of docs) (await writer.load(id)).updates.forEach((u) => Y.applyUpdate(doc, u));
    for (let round = 0; round < 3; round++) {
      const batch = [...docs].map(([id, doc]) => {
        const before = Y.encodeStateVector(doc);
        docEdits.typeInItem(doc, 0, `Runde ${round} i ${id.slice(0, 4)}`);
        return { documentId: id, data: Y.encodeStateAsUpdate(doc, before) };
      });
      await writer.appendRows(batch);
    }
    for (const [id, doc] of docs) {
      const loaded = new Y.Doc();
      const { updates, basis } = await writer.load(id);
      updates.forEach((u) => Y.applyUpdate(loaded, u));
      expect(basis.rowIds.length).toBeGreaterThanOrEqual(3);
      expect(docEdits.text(loaded)).toBe(docEdits.text(doc));
      expect(docEdits.text(loaded)).toContain(`Runde 2 i ${id.slice(0, 4)}`);
    }
  });
});
