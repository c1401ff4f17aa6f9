import { prosemirrorJSONToYDoc, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import type { DocJSON } from "../blocks/extractBlocks.js";
import { DOCUMENT_FRAGMENT, documentSchema } from "./schema.js";

/**
 * Reads a Yjs document as the editor would show it. Throws when the content
 * does not fit the schema, so invalid content is never taken for the truth.
 */
export function yDocToJson(doc: Y.Doc): DocJSON {
  const node = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(DOCUMENT_FRAGMENT), documentSchema());
  node.check();
  return node.toJSON() as DocJSON;
}

/** Encodes editor JSON as a Yjs update that creates the document from nothing. */
export function jsonToYUpdate(json: DocJSON): Uint8Array {
  const doc = prosemirrorJSONToYDoc(documentSchema(), json, DOCUMENT_FRAGMENT);
  documentSchema().nodeFromJSON(json).check();
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
