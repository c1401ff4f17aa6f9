import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { isMac } from "../shortcutKeys.js";
import { structuralBackspace, structuralDelete, structuralEnter } from "./structureKeys.js";
import { rangeCrossesStructure } from "./structureRules.js";

/**
 * Agenda titles, item sections and the participants list cannot be split,
 * merged or deleted by ordinary keys: Enter, Backspace and Delete (with
 * every modifier the base keymap gives them) act at those edges as
 * structureKeys.ts says, and typing, pasting or cutting over a selection
 * that cuts into the structure is refused. The server's repair step stays the last line of
 * defence for what arrives from elsewhere.
 */
export const StructureGuard = Extension.create({
  name: "structureGuard",
  // Before the list keymap, BlockControls' Enter (1000) and the base keymap; after the slash menu (1100).
  priority: 1050,

  addKeyboardShortcuts() {
    const run = (command: typeof structuralEnter) => () => command(this.editor.state, this.editor.view.dispatch);
    const backspace = run(structuralBackspace);
    const del = run(structuralDelete);
    // The same keys as Tiptap's base keymap gives Backspace and Delete, on a Mac its Emacs-style ones too.
    const mac: Record<string, () => boolean> = isMac ? { "Ctrl-h": backspace, "Alt-Backspace": backspace, "Ctrl-d": del, "Ctrl-Alt-Backspace": del, "Alt-Delete": del, "Alt-d": del } : {};
    return { Enter: run(structuralEnter), Backspace: backspace, "Mod-Backspace": backspace, "Shift-Backspace": backspace, Delete: del, "Mod-Delete": del, ...mac };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("structureGuard"),
        props: {
          handleTextInput: (view) => rangeCrossesStructure(view.state),
          handlePaste: (view) => rangeCrossesStructure(view.state),
          handleDOMEvents: {
            // Cutting would delete the range as Backspace would; copying it stays possible.
            cut: (view, event) => {
              if (!rangeCrossesStructure(view.state)) return false;
              event.preventDefault();
              return true;
            },
          },
        },
      }),
    ];
  },
});
