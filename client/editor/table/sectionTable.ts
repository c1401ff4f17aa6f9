import { Extension } from "@tiptap/core";
import type { Node as PMNode, ResolvedPos, Schema } from "@tiptap/pm/model";
import { TextSelection, type EditorState } from "@tiptap/pm/state";
import { TABLE_SECTIONS } from "../../../shared/editor/tables.js";
import type { ItemSectionKind } from "../../../shared/editor/vocabulary.js";
import { SHORTCUTS } from "../../../shared/editor/shortcuts.js";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    sectionTable: {
      /**
       * Inserts a table (a header row and two rows of three columns) in the
       * Sagsfremstilling or Beslutning section holding the cursor, in place of
       * an empty line or after the block the cursor is in, and puts the cursor
       * in its first cell. Does nothing elsewhere, or inside a table.
       */
      insertSectionTable: () => ReturnType;
    };
  }
}

/** Where a new table may go: the depth of the item section around the cursor that takes tables, or null. */
export function tableSectionDepth($pos: ResolvedPos): number | null {
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    const node = $pos.node(depth);
    if (node.type.name === "table") return null;
    if (node.type.name === "itemSection") return TABLE_SECTIONS.includes(node.attrs.section as ItemSectionKind) ? depth : null;
  }
  return null;
}

/** True when the cursor stands where {@link tableSectionDepth} allows a table. */
export const canInsertTable = (state: EditorState): boolean => tableSectionDepth(state.selection.$from) !== null;

// Three columns, a header row and two rows, every cell one empty paragraph.
function emptyTable(schema: Schema): PMNode {
  const { table, tableRow, tableHeader, tableCell } = schema.nodes;
  const row = (cell: typeof tableCell) => tableRow.create(null, [0, 1, 2].map(() => cell.createAndFill()!));
  return table.create(null, [row(tableHeader), row(tableCell), row(tableCell)]);
}

/** Shortcut that moves focus to the table's controls, from the one table of shortcuts. */
export const TABLE_TOOLS_SHORTCUT = SHORTCUTS.tableTools.keys;

/** Marks the table controls, so {@link TABLE_TOOLS_SHORTCUT} finds them. */
export const TABLE_TOOLS_ATTRIBUTE = "data-table-tools";

/** Editor-only table commands; Tiptap's table extension brings the row and column commands and Tab between cells. */
export const SectionTable = Extension.create({
  name: "sectionTable",

  addCommands() {
    return {
      insertSectionTable:
        () =>
        ({ tr, dispatch }) => {
          const { $from } = tr.selection;
          const depth = tableSectionDepth($from);
          if (depth === null || $from.depth <= depth) return false;
          if (!dispatch) return true;
          const table = emptyTable(tr.doc.type.schema);
          const line = $from.node(depth + 1);
          const replace = line.type.name === "paragraph" && line.content.size === 0;
          const at = replace ? $from.before(depth + 1) : $from.after(depth + 1);
          tr.replaceWith(at, replace ? $from.after(depth + 1) : at, table);
          // A table ending its section gets a line after it, so writing can go on below.
          const end = at + table.nodeSize;
          if (!tr.doc.resolve(end).nodeAfter) tr.insert(end, tr.doc.type.schema.nodes.paragraph.create());
          tr.setSelection(TextSelection.near(tr.doc.resolve(at + 1))).scrollIntoView();
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      [TABLE_TOOLS_SHORTCUT]: () => {
        if (!this.editor.isActive("table")) return false;
        const first = document.querySelector<HTMLButtonElement>(`[${TABLE_TOOLS_ATTRIBUTE}] button:not([disabled])`);
        first?.focus();
        return first !== null;
      },
    };
  },
});
