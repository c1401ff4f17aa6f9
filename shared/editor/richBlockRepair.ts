import * as Y from "yjs";
import { RICH_BLOCK_TYPES, isInlineType } from "./richBlocks.js";
import { DOCUMENT_FRAGMENT } from "./schema.js";

const isInline = (child: Y.XmlElement | Y.XmlText | Y.XmlHook): boolean => child instanceof Y.XmlText || (child instanceof Y.XmlElement && isInlineType(child.nodeName));

// The rich blocks, at any depth, that still hold loose text or nothing at all.
function oldShaped(parent: Y.XmlFragment | Y.XmlElement, found: Y.XmlElement[]): Y.XmlElement[] {
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (RICH_BLOCK_TYPES.has(child.nodeName) && (child.length === 0 || child.toArray().some(isInline))) found.push(child);
    oldShaped(child, found);
  }
  return found;
}

// Each run of inline children becomes one paragraph holding copies of them (marks kept); block children stay untouched.
function wrap(block: Y.XmlElement): void {
  const children = block.toArray();
  if (children.length === 0) {
    block.insert(0, [new Y.XmlElement("paragraph")]);
    return;
  }
  for (let end = children.length; end > 0; ) {
    if (!isInline(children[end - 1])) {
      end -= 1;
      continue;
    }
    let start = end - 1;
    while (start > 0 && isInline(children[start - 1])) start -= 1;
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, children.slice(start, end).map((child) => (child as Y.XmlText | Y.XmlElement).clone()));
    block.delete(start, end - start);
    block.insert(start, [paragraph]);
    end = start;
  }
}

/** True when the document holds a decision, action item or escalation in the shape before they held paragraphs. */
export function hasOldShapedBlocks(doc: Y.Doc): boolean {
  return oldShaped(doc.getXmlFragment(DOCUMENT_FRAGMENT), []).length > 0;
}

/**
 * Rewrites decisions, action items and escalations stored before they held
 * paragraphs (text directly in the block) into the current shape, in one
 * transaction with `origin`, so it is stored and sent like any edit. Editors
 * are not to see the old shape: y-prosemirror deletes what its schema does
 * not allow, from the shared document. The server rewrites what it stores; a
 * browser only what the server never had (two rewrites of one block would
 * leave its text twice). Returns how many blocks it rewrote; 0 leaves the
 * document untouched.
 */
export function wrapLooseText(doc: Y.Doc, origin: unknown): number {
  const blocks = oldShaped(doc.getXmlFragment(DOCUMENT_FRAGMENT), []);
  if (blocks.length > 0) doc.transact(() => blocks.forEach(wrap), origin);
  return blocks.length;
}
