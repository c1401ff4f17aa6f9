import type { Node as PMNode, ResolvedPos } from "@tiptap/pm/model";

/** An agenda item as the table of contents, the banner and presence show it. */
export interface OutlineItem {
  id: string;
  /** "1", "2", …: its place among the items, as the CSS counter numbers it. */
  number: string;
  title: string;
}

/** The agenda items of a document in order. Items are top-level only (the schema allows nothing else). */
export function outlineOf(doc: PMNode): OutlineItem[] {
  const items: OutlineItem[] = [];
  doc.forEach((node) => {
    if (node.type.name !== "agendaItem") return;
    const title = node.firstChild?.type.name === "agendaTitle" ? node.firstChild.textContent : "";
    items.push({ id: String(node.attrs.id ?? ""), number: String(items.length + 1), title });
  });
  return items;
}

/** Same items, same order, same titles: the outline need not re-render. */
export function sameOutline(a: OutlineItem[], b: OutlineItem[] | null): boolean {
  return !!b && a.length === b.length && a.every((item, i) => item.id === b[i].id && item.title === b[i].title);
}

/** The agenda item around a position, with the position just before it. */
export function agendaItemAround($pos: ResolvedPos): { node: PMNode; pos: number; depth: number } | null {
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    const node = $pos.node(depth);
    if (node.type.name === "agendaItem") return { node, pos: $pos.before(depth), depth };
  }
  return null;
}

/** Where the agenda item with this id starts, or null. */
export function findAgendaItem(doc: PMNode, id: string): { node: PMNode; pos: number } | null {
  let found: { node: PMNode; pos: number } | null = null;
  doc.forEach((node, offset) => {
    if (!found && node.type.name === "agendaItem" && node.attrs.id === id) found = { node, pos: offset };
  });
  return found;
}
