import { prosemirrorJSONToYDoc } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import type { DocJSON } from "../blocks/types.js";
import { withRichBlocks } from "./richBlocks.js";
import { DOCUMENT_FRAGMENT, documentSchema } from "./schema.js";

/** Thrown when a Yjs document holds content the schema does not allow. */
export class SchemaMismatch extends Error {}

type Mark = NonNullable<DocJSON["marks"]>[number];

// y-prosemirror stores marks as text attributes named after the mark, with a
// "--hash" suffix when several marks of one type overlap.
function marksOf(attributes: Record<string, unknown> | undefined): Mark[] | undefined {
  if (!attributes) return undefined;
  const marks = Object.entries(attributes).map(([key, value]) => {
    const type = key.split("--")[0];
    return value && typeof value === "object" && Object.keys(value).length > 0 ? { type, attrs: value as Record<string, unknown> } : { type };
  });
  return marks.length > 0 ? marks : undefined;
}

function textNodes(text: Y.XmlText): DocJSON[] {
  return (text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[])
    .filter((d): d is { insert: string; attributes?: Record<string, unknown> } => typeof d.insert === "string" && d.insert.length > 0)
    .map((d) => {
      const marks = marksOf(d.attributes);
      return marks ? { type: "text", text: d.insert, marks } : { type: "text", text: d.insert };
    });
}

function elementJson(el: Y.XmlElement | Y.XmlFragment, type: string): DocJSON {
  const content = el.toArray().flatMap((child) => (child instanceof Y.XmlText ? textNodes(child) : child instanceof Y.XmlElement ? [elementJson(child, child.nodeName)] : []));
  const attrs = el instanceof Y.XmlElement ? el.getAttributes() : {};
  return { type, ...(Object.keys(attrs).length > 0 ? { attrs } : {}), ...(content.length > 0 ? { content } : {}) };
}

/**
 * Reads a Yjs document as the editor would show it, without touching it
 * (y-prosemirror's own conversion deletes what it cannot place, which on the
 * server would be an edit). Decisions, action items and escalations stored
 * with their text directly inside read as one paragraph (the server rewrites
 * them so when it loads the document). Throws {@link SchemaMismatch} when the
 * content does not fit the schema, so invalid content is never taken for the truth.
 */
export function yDocToJson(doc: Y.Doc): DocJSON {
  const raw = withRichBlocks(elementJson(doc.getXmlFragment(DOCUMENT_FRAGMENT), "doc"));
  try {
    const node = documentSchema().nodeFromJSON(raw);
    node.check();
    return node.toJSON() as DocJSON;
  } catch (error) {
    throw new SchemaMismatch((error as Error).message);
  }
}

/** Encodes editor JSON as a Yjs update that creates the document from nothing. */
export function jsonToYUpdate(json: DocJSON): Uint8Array {
  documentSchema().nodeFromJSON(json).check();
  const doc = prosemirrorJSONToYDoc(documentSchema(), json, DOCUMENT_FRAGMENT);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
