import { Extension } from "@tiptap/core";
import { SHORTCUTS } from "../../shared/editor/shortcuts.js";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    agendaItemCommands: {
      /** Inserts an empty agenda item after the current one (or at the end) and puts the cursor in its title. */
      insertAgendaItem: () => ReturnType;
    };
  }
}

/** Keyboard shortcut for {@link AgendaItemCommands}' insertAgendaItem. */
export const INSERT_AGENDA_ITEM_SHORTCUT = SHORTCUTS.insertAgendaItem.keys;

/**
 * Editor-only commands for agenda items. Adds no node or attribute, so the
 * schema stays the one in shared/editor that the server reads.
 */
export const AgendaItemCommands = Extension.create({
  name: "agendaItemCommands",

  addCommands() {
    return {
      insertAgendaItem:
        () =>
        ({ state, chain }) => {
          const { $from } = state.selection;
          let position = state.doc.content.size;
          for (let depth = $from.depth; depth > 0; depth -= 1) {
            if ($from.node(depth).type.name === "agendaItem") {
              position = $from.after(depth);
              break;
            }
          }
          return chain()
            .insertContentAt(position, { type: "agendaItem", content: [{ type: "agendaTitle" }, { type: "paragraph" }] })
            // Section opens at `position`, its title at +1, the title's text at +2.
            .setTextSelection(position + 2)
            .scrollIntoView()
            .run();
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      [INSERT_AGENDA_ITEM_SHORTCUT]: () => this.editor.commands.insertAgendaItem(),
    };
  },
});
