import { randomUUID } from "node:crypto";
import * as Y from "yjs";
import { yDocToJson } from "../../shared/editor/ydoc.js";
import { DOCUMENT_FRAGMENT } from "../../shared/editor/schema.js";
import { plainText } from "../../shared/blocks/extractBlocks.js";
import { findBlock } from "../../server/sync/yBlocks.js";

function appendBlock(doc: Y.Doc, itemIndex: number, type: string, attrs: Record<string, string>, content: () => Y.XmlElement | Y.XmlText): string {
  const id = randomUUID();
  doc.transact(() => {
    const item = doc.getXmlFragment(DOCUMENT_FRAGMENT).get(itemIndex) as Y.XmlElement;
    const block = new Y.XmlElement(type);
    item.push([block]);
    block.setAttribute("id", id);
    for (const [k, v] of Object.entries(attrs)) block.setAttribute(k, v);
    block.insert(0, [content()]);
  });
  return id;
}

// The first text of an element, however deep (a block's first paragraph, or its text in the old shape).
function firstText(el: Y.XmlElement): Y.XmlText {
  const found = findText(el);
  if (!found) throw new Error(`no text in ${el.nodeName}`);
  return found;
}

function findText(el: Y.XmlElement): Y.XmlText | null {
  for (const child of el.toArray()) {
    const found = child instanceof Y.XmlText ? child : child instanceof Y.XmlElement ? findText(child) : null;
    if (found) return found;
  }
  return null;
}

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

  /** Appends text to the last paragraph in the agenda item at `itemIndex` (sections included), as someone typing at its end would. */
  appendToItem(doc: Y.Doc, itemIndex: number, text: string): void {
    doc.transact(() => {
      const item = doc.getXmlFragment(DOCUMENT_FRAGMENT).get(itemIndex) as Y.XmlElement;
      const paragraphs = [...item.createTreeWalker((el) => el instanceof Y.XmlElement && el.nodeName === "paragraph")] as Y.XmlElement[];
      const paragraph = paragraphs.at(-1);
      if (!paragraph) throw new Error(`item ${itemIndex} has no paragraph`);
      const existing = paragraph.get(0);
      if (existing instanceof Y.XmlText) existing.insert(existing.length, text);
      else paragraph.insert(0, [new Y.XmlText(text)]);
    });
  },

  /** Appends a decision block with a fresh id to the agenda item at `itemIndex`; returns its id. */
  addDecision(doc: Y.Doc, itemIndex: number, text: string): string {
    return docEdits.addBlock(doc, itemIndex, "decision", text);
  },

  /** Appends a tracked text block (decision, actionItem, escalation) with attributes to an item, its text in one paragraph; returns its id. */
  addBlock(doc: Y.Doc, itemIndex: number, type: string, text: string, attrs: Record<string, string> = {}): string {
    return appendBlock(doc, itemIndex, type, attrs, () => {
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText(text)]);
      return paragraph;
    });
  },

  /** Appends a tracked block in the shape stored before blocks held paragraphs: its text directly inside. */
  addLegacyBlock(doc: Y.Doc, itemIndex: number, type: string, text: string, attrs: Record<string, string> = {}): string {
    return appendBlock(doc, itemIndex, type, attrs, () => new Y.XmlText(text));
  },

  /** The element of a block by id. */
  block(doc: Y.Doc, id: string): Y.XmlElement {
    const found = findBlock(doc.getXmlFragment(DOCUMENT_FRAGMENT), id);
    if (!found) throw new Error(`block ${id} not found`);
    return found;
  },

  /** Replaces the text of a block's first line. */
  setText(doc: Y.Doc, id: string, text: string): void {
    doc.transact(() => {
      const t = firstText(docEdits.block(doc, id));
      t.delete(0, t.length);
      t.insert(0, text);
    });
  },

  /** Removes a block and returns a function that puts an identical copy (same id and attributes) back where it was. */
  remove(doc: Y.Doc, id: string): () => void {
    const el = docEdits.block(doc, id);
    const parent = el.parent as Y.XmlElement;
    const index = parent.toArray().indexOf(el);
    const copy = el.clone();
    doc.transact(() => parent.delete(index, 1));
    return () => doc.transact(() => parent.insert(index, [copy]));
  },

  /** Moves a block to the end of the agenda item at `itemIndex`. */
  moveToItem(doc: Y.Doc, id: string, itemIndex: number): void {
    const el = docEdits.block(doc, id);
    const parent = el.parent as Y.XmlElement;
    const copy = el.clone();
    doc.transact(() => {
      parent.delete(parent.toArray().indexOf(el), 1);
      (doc.getXmlFragment(DOCUMENT_FRAGMENT).get(itemIndex) as Y.XmlElement).push([copy]);
    });
  },

  /** The document's plain text, as the editor would show it. */
  text(doc: Y.Doc): string {
    return plainText(yDocToJson(doc));
  },
};
