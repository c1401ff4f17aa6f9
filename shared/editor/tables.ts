import type { Extensions } from "@tiptap/core";
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";
import type { ItemSectionKind } from "./vocabulary.js";

/** The sections of an agenda item where the editor offers tables (the yearly meeting plan, data tables, decided figures). */
export const TABLE_SECTIONS: readonly ItemSectionKind[] = ["sagsfremstilling", "beslutning"];

/** The group tables are in: only item sections take it, so a table never lands in a paragraph's place elsewhere. */
export const TABLE_GROUP = "sectionTable";

// Cells hold text and lists: no tables in tables, and no tracked blocks, whose rows would point into a cell.
const CELL_CONTENT = "(paragraph | bulletList | orderedList)+";

/**
 * Tiptap's table nodes as the meeting document uses them: a table is not a
 * "block" (item sections name its group), cells hold paragraphs and lists,
 * columns are not resizable (widths are the renderers' business).
 */
export function tableExtensions(): Extensions {
  return [
    Table.extend({ group: TABLE_GROUP }).configure({ resizable: false, HTMLAttributes: { class: "doc-table" } }),
    TableRow,
    TableHeader.extend({ content: CELL_CONTENT }),
    TableCell.extend({ content: CELL_CONTENT }),
  ];
}
