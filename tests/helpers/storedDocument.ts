import * as Y from "yjs";
import type { Db } from "../../db/client.js";
import { DocumentStore } from "../../server/sync/documentStore.js";
import type { DocJSON } from "../../shared/blocks/types.js";
import { yDocToJson } from "../../shared/editor/ydoc.js";

/** The document as stored in Postgres (snapshot plus log), read as editor JSON. */
export async function storedDocument(db: Db, documentId: string): Promise<DocJSON> {
  const doc = new Y.Doc();
  const { updates } = await new DocumentStore(db).load(documentId);
  updates.forEach((u) => Y.applyUpdate(doc, u));
  const json = yDocToJson(doc);
  doc.destroy();
  return json;
}
