import { IndexeddbPersistence } from "y-indexeddb";
import type * as Y from "yjs";

const DATABASE_PREFIX = "moedebord-document-";
const SYNCED_AT_KEY = "syncedWithServerAt";

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

/** Opens (or starts) the local copy of a document and loads it into `ydoc`. */
export function openLocalCopy(documentId: string, ydoc: Y.Doc): LocalCopy {
  const persistence = new IndexeddbPersistence(DATABASE_PREFIX + documentId, ydoc);
  let marked = false;
  const loaded = persistence.whenSynced.then(async () => typeof (await persistence.get(SYNCED_AT_KEY)) === "number");
  return {
    loaded,
    markSynced() {
      if (marked) return;
      marked = true;
      persistence.set(SYNCED_AT_KEY, Date.now()).catch((error: unknown) => console.warn("Could not mark the local copy as synced", error));
    },
    destroy() {
      void persistence.destroy();
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
