import { randomUUID } from "node:crypto";
import * as Y from "yjs";
import { yDocToJson } from "../../shared/editor/ydoc.js";
import { DOCUMENT_FRAGMENT } from "../../shared/editor/schema.js";
import { plainText } from "../../shared/blocks/extractBlocks.js";

/**
 * Edits a Yjs document the way the Tiptap binding does: elements named by
 * node type with attributes, text in XmlText. Lets Node clients "type".
 */
export const docEdits = {
  /** Appends text to the paragraph at `index` inside the agenda item at `itemIndex`, creating it when missing. */
  typeInItem(doc: Y.Doc, itemIndex: number, text: string): void {
    doc.transact(() => {
      const item = doc.getXmlFragment(DOCUMENT_FRAGMENT).get(itemIndex) as Y.XmlElement;
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText(text)]);
      item.push([paragraph]);
    });
  },

  /** Appends a decision block with a fresh id to the agenda item at `itemIndex`; returns its id. */
  addDecision(doc: Y.Doc, itemIndex: number, text: string): string {
    const id = randomUUID();
    doc.transact(() => {
      const item = doc.getXmlFragment(DOCUMENT_FRAGMENT).get(itemIndex) as Y.XmlElement;
      const decision = new Y.XmlElement("decision");
      decision.setAttribute("id", id);
      decision.insert(0, [new Y.XmlText(text)]);
      item.push([decision]);
    });
    return id;
  },

  /** The document's plain text, as the editor would show it. */
  text(doc: Y.Doc): string {
    return plainText(yDocToJson(doc));
  },
};
