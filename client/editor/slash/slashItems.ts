import type { Editor, Range } from "@tiptap/core";
import type { EditorState, Transaction } from "@tiptap/pm/state";
import { ACTION_ITEM_SHORTCUT } from "../../../shared/editor/actionItem.js";
import { DECISION_SHORTCUT } from "../../../shared/editor/decision.js";
import { ESCALATION_SHORTCUT } from "../../../shared/editor/escalation.js";
import type { ItemSectionKind } from "../../../shared/editor/vocabulary.js";
import type { Messages } from "../../i18n/da.js";
import { INSERT_AGENDA_ITEM_SHORTCUT } from "../agendaItemCommands.js";
import { agendaItemAround } from "../outline/agendaItems.js";
import { canInsertTable } from "../table/sectionTable.js";

/** The names of the slash menu's entries (their i18n keys under `slash.items`). */
export type SlashItemKey = keyof Messages["slash"]["items"];

/** One entry of the slash menu. */
export interface SlashItem {
  key: SlashItemKey;
  /** Its Tiptap key binding, shown beside it, when it has one. */
  shortcut?: string;
  /** False where the entry cannot be inserted (sections only go inside an agenda item, tables in some sections). */
  available(state: EditorState): boolean;
  /** Replaces the typed "/query" with the block. */
  run(editor: Editor, range: Range, forumName: string): void;
}

const anywhere = () => true;
const inItem = (state: EditorState) => agendaItemAround(state.selection.$from) !== null;

function section(key: ItemSectionKind & SlashItemKey, kind: ItemSectionKind): SlashItem {
  return {
    key,
    available: inItem,
    run: (editor, range, forumName) => editor.chain().focus().deleteRange(range).insertItemSection(kind, forumName).run(),
  };
}

// The empty line the menu was opened from is left behind when a new item goes after it: remove it if its container allows.
function dropEmptyLine(tr: Transaction, line: number): void {
  const node = tr.doc.nodeAt(line);
  const $line = tr.doc.resolve(line);
  if (node?.type.name === "paragraph" && node.content.size === 0 && $line.parent.canReplace($line.index(), $line.index() + 1)) {
    tr.delete(line, line + node.nodeSize);
  }
}

/** The slash menu's entries, in the order a minute-taker reaches for them. */
export const SLASH_ITEMS: SlashItem[] = [
  { key: "decision", shortcut: DECISION_SHORTCUT, available: anywhere, run: (editor, range) => editor.chain().focus().deleteRange(range).insertDecision().run() },
  { key: "actionItem", shortcut: ACTION_ITEM_SHORTCUT, available: anywhere, run: (editor, range) => editor.chain().focus().deleteRange(range).insertActionItem().run() },
  { key: "escalation", shortcut: ESCALATION_SHORTCUT, available: anywhere, run: (editor, range) => editor.chain().focus().deleteRange(range).insertEscalation().run() },
  section("sagsfremstilling", "sagsfremstilling"),
  section("indstilling", "indstilling"),
  section("bilag", "bilag"),
  section("beslutning", "beslutning"),
  { key: "table", available: canInsertTable, run: (editor, range) => editor.chain().focus().deleteRange(range).insertSectionTable().run() },
  {
    key: "newItem",
    shortcut: INSERT_AGENDA_ITEM_SHORTCUT,
    available: anywhere,
    run: (editor, range) => {
      const line = range.from - 1;
      editor
        .chain()
        .focus()
        .deleteRange(range)
        .insertAgendaItem()
        .command(({ tr }) => {
          dropEmptyLine(tr, line);
          return true;
        })
        .run();
    },
  },
];

/** The entries matching what was typed after "/", by their label in the UI language or their key. */
export function matchingItems(state: EditorState, query: string, label: (key: SlashItemKey) => string): SlashItem[] {
  const q = query.toLocaleLowerCase("da");
  return SLASH_ITEMS.filter((item) => item.available(state) && (label(item.key).toLocaleLowerCase("da").includes(q) || item.key.toLowerCase().includes(q)));
}
