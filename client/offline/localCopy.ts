import * as idb from "lib0/indexeddb";
import { IndexeddbPersistence, clearDocument } from "y-indexeddb";
import * as Y from "yjs";
import { hasOldShapedBlocks, wrapLooseText } from "../../shared/editor/richBlockRepair.js";

const DATABASE_PREFIX = "moedebord-document-";
const SYNCED_AT_KEY = "syncedWithServerAt";
/** Transaction origin of a held-back copy merged after the server's state. */
const HELD_COPY = "held-local-copy";

/**
 * A meeting document's copy in this browser's IndexedDB. Every change to the
 * Yjs doc, local or remote, is appended to it, so edits made offline survive
 * a reload and reach the server with the next connection.
 */
export interface LocalCopy {
  /**
   * Resolves once IndexedDB has been read into the doc: true when it held a
   * copy that had synced with the server before, so editing it offline cannot
   * start a document of its own. Never settles when IndexedDB cannot be opened.
   */
  readonly loaded: Promise<boolean>;
  /** Records that the doc now holds the server's state. */
  markSynced(): void;
  /** Stops writing to IndexedDB; the stored copy stays. */
  destroy(): void;
}

// The stored copy, read (as y-indexeddb stores it) into a doc of its own, so the document being edited does not see it yet.
async function readCopy(name: string): Promise<Y.Doc> {
  const db = await idb.openDB(name, (created) => idb.createStores(created, [["updates", { autoIncrement: true }], ["custom"]]));
  try {
    const [updates] = idb.transact(db, ["updates"], "readonly");
    const copy = new Y.Doc();
    const stored = (await idb.getAll(updates)) as Uint8Array[];
    Y.transact(copy, () => stored.forEach((update) => Y.applyUpdate(copy, update)));
    return copy;
  } finally {
    db.close();
  }
}

// Once the server's state is in, the held copy's old blocks are ones the server has rewritten (and so
// deleted): merging brings back only what the server never saw, rewritten here in the same step.
function mergeHeld(ydoc: Y.Doc, held: Y.Doc): void {
  ydoc.transact(() => {
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(held));
    wrapLooseText(ydoc, HELD_COPY);
  }, HELD_COPY);
  held.destroy();
}

/**
 * Opens (or starts) the local copy of a document and loads it into `ydoc`.
 * A copy kept before decisions, action items and escalations held paragraphs
 * is not shown: the editor would delete those blocks, for everyone. It is
 * held back (and the stored copy started afresh) until the server's state,
 * with those blocks rewritten, has arrived, then merged in.
 */
export function openLocalCopy(documentId: string, ydoc: Y.Doc): LocalCopy {
  const name = DATABASE_PREFIX + documentId;
  let destroyed = false;
  let synced = false;
  let held: Y.Doc | null = null;
  const persistence = readCopy(name).then(async (copy) => {
    if (!hasOldShapedBlocks(copy)) copy.destroy();
    else {
      await clearDocument(name);
      if (synced && !destroyed) mergeHeld(ydoc, copy);
      else held = copy;
    }
    return destroyed ? null : new IndexeddbPersistence(name, ydoc);
  });
  const loaded = persistence.then(async (p) => p !== null && held === null && typeof (await p.get(SYNCED_AT_KEY)) === "number");
  return {
    loaded,
    markSynced() {
      if (synced) return;
      synced = true;
      if (held && !destroyed) mergeHeld(ydoc, held);
      held = null;
      persistence.then((p) => p?.set(SYNCED_AT_KEY, Date.now())).catch((error: unknown) => console.warn("Could not mark the local copy as synced", error));
    },
    destroy() {
      destroyed = true;
      held?.destroy();
      held = null;
      void persistence.then((p) => p?.destroy());
    },
  };
}

// Deleting a database an open editor still holds waits ("blocked") until that
// editor closes; the deletion is queued by then, so waiting longer gains nothing.
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/**
 * Deletes every meeting document this browser keeps, and every cache the
 * service worker filled: after logout nothing of the meetings stays behind
 * for the next person at the same computer.
 */
export async function forgetLocalCopies(): Promise<void> {
  const databases = typeof indexedDB?.databases === "function" ? await indexedDB.databases() : [];
  const documents = databases.map((d) => d.name).filter((name): name is string => !!name?.startsWith(DATABASE_PREFIX));
  const cacheNames = typeof caches === "undefined" ? [] : await caches.keys();
  await Promise.all([...documents.map(deleteDatabase), ...cacheNames.map((name) => caches.delete(name))]);
}
