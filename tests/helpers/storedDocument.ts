import type { Db } from "../../db/client.js";
import { readDocument } from "../../server/sync/documentReader.js";
import type { DocJSON } from "../../shared/blocks/types.js";

/** The document as stored in Postgres (snapshot plus log), read as editor JSON. */
export function storedDocument(db: Db, documentId: string): Promise<DocJSON> {
  return readDocument(db, documentId);
}
