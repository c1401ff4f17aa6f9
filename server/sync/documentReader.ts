import * as Y from "yjs";
import type { Db } from "../../db/client.js";
import type { DocJSON } from "../../shared/blocks/types.js";
import { yDocToJson } from "../../shared/editor/ydoc.js";
import { DocumentStore } from "./documentStore.js";

/**
 * A document as stored: every update any peer has been shown is in the log
 * before it is relayed, so this equals what the open editors show.
 */
export async function readDocument(db: Db, documentId: string): Promise<DocJSON> {
  const doc = new Y.Doc();
  try {
    const { updates } = await new DocumentStore(db).load(documentId);
    Y.transact(doc, () => updates.forEach((u) => Y.applyUpdate(doc, u)));
    return yDocToJson(doc);
  } finally {
    doc.destroy();
  }
}
