import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import type { DocJSON } from "../../shared/blocks/types.js";
import { DOCUMENT_FRAGMENT, documentSchema } from "../../shared/editor/schema.js";

/** Transaction origin of the server's repairs to a document. */
export const REPAIR_ORIGIN = Symbol("repair");

/** The element of the block with this id, searched depth-first, or null. */
export function findBlock(parent: Y.XmlFragment | Y.XmlElement, id: string): Y.XmlElement | null {
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.getAttribute("id") === id) return child;
    const found = findBlock(child, id);
    if (found) return found;
  }
  return null;
}

function textOf(el: Y.XmlElement): string {
  return el
    .toArray()
    .map((child) => (child instanceof Y.XmlText ? (child.toDelta() as { insert: unknown }[]).map((d) => (typeof d.insert === "string" ? d.insert : "")).join("") : ""))
    .join("");
}

function titleOf(item: Y.XmlElement): string {
  const title = item.toArray().find((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === "agendaTitle");
  return title ? textOf(title) : "";
}

// How agendas made before items recorded their template title their closing item.
const LEGACY_EVENTUELT_TITLES = new Set(["eventuelt", "evt.", "evt"]);

// Where the forum's "Eventuelt" item is: the item made from the eventuelt template, whatever its
// title; in older documents, whose items record no template, the first titled "Eventuelt", "Evt."
// or "Evt"; -1 when there is none.
function eventueltIndex(fragment: Y.XmlFragment): number {
  const items = fragment.toArray().map((child) => (child instanceof Y.XmlElement && child.nodeName === "agendaItem" ? child : null));
  const byTemplate = items.findIndex((item) => item?.getAttribute("template") === "eventuelt");
  if (byTemplate >= 0) return byTemplate;
  return items.findIndex((item) => item != null && item.getAttribute("template") == null && LEGACY_EVENTUELT_TITLES.has(titleOf(item).trim().toLowerCase()));
}

/**
 * Inserts an agenda item (editor JSON) into a document, before its
 * "Eventuelt" item when it has one (that item closes every agenda), else last.
 */
export function insertAgendaItem(doc: Y.Doc, item: DocJSON): void {
  const scratch = new Y.Doc();
  const element = prosemirrorJSONToYXmlFragment(documentSchema(), { type: "doc", content: [item] }, scratch.getXmlFragment(DOCUMENT_FRAGMENT)).get(0) as Y.XmlElement;
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT);
  const eventuelt = eventueltIndex(fragment);
  fragment.insert(eventuelt >= 0 ? eventuelt : fragment.length, [element.clone()]);
  scratch.destroy();
}

/**
 * Removes second copies of agenda items. Moving an item is a delete and an
 * insert of a copy, so two people moving the same item at once leave two
 * copies with one id; the first in document order is kept. Returns how many
 * copies were removed.
 */
export function removeDuplicateItems(doc: Y.Doc): number {
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT);
  const seen = new Set<string>();
  const duplicates: number[] = [];
  fragment.toArray().forEach((child, index) => {
    if (!(child instanceof Y.XmlElement) || child.nodeName !== "agendaItem") return;
    const id = child.getAttribute("id");
    if (!id) return;
    if (seen.has(id)) duplicates.push(index);
    seen.add(id);
  });
  if (duplicates.length > 0) doc.transact(() => duplicates.reverse().forEach((index) => fragment.delete(index, 1)), REPAIR_ORIGIN);
  return duplicates.length;
}
