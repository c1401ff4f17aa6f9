import { Extension, type Editor } from "@tiptap/core";
import { NodeSelection, Plugin, PluginKey } from "@tiptap/pm/state";
import { richBlockDepth } from "../../../shared/editor/textBlock.js";

/** Marks the element holding a node view's form controls; {@link BlockControls} moves focus into it. */
export const CONTROLS_ATTRIBUTE = "data-block-controls";

const FOCUSABLE = "select:not([disabled]), input:not([disabled]), button:not([disabled])";

/** Focuses the first control of the node view at `pos`; false when it has none. */
export function focusControlsAt(editor: Editor, pos: number): boolean {
  const dom = editor.view.nodeDOM(pos);
  const control = dom instanceof HTMLElement ? dom.querySelector<HTMLElement>(`[${CONTROLS_ATTRIBUTE}] :is(${FOCUSABLE})`) : null;
  if (!control) return false;
  control.focus();
  return true;
}

// Blocks whose text is followed by controls (owner, due, target), and the item title before its kind.
const TEXT_WITH_CONTROLS = new Set(["actionItem", "escalation"]);

/**
 * Keyboard access to the controls inside the document. Tab in an action
 * item or escalation moves to its owner/due or target controls (in a list
 * there, it first indents the point where it can); Tab in an
 * item title moves to the item's kind and "current item" controls; Enter on
 * a selected participants list moves to its people. Escape in the controls
 * (handled by the node views) comes back. Typing over a selected
 * participants list is ignored rather than replacing the whole list.
 */
export const BlockControls = Extension.create({
  name: "blockControls",
  // Before the list keymap's Tab and the base keymap's Enter.
  priority: 1000,

  addKeyboardShortcuts() {
    return {
      Tab: ({ editor }) => {
        const { $from, empty } = editor.state.selection;
        if (!empty || !editor.isEditable) return false;
        if ($from.parent.type.name === "agendaTitle") return focusControlsAt(editor, $from.before($from.depth - 1));
        const depth = richBlockDepth($from);
        if (depth === null || !TEXT_WITH_CONTROLS.has($from.node(depth).type.name)) return false;
        // In a list inside the block, Tab indents the point when it can; otherwise it goes on to the controls.
        if ($from.depth > depth + 1 && editor.can().sinkListItem("listItem")) return editor.commands.sinkListItem("listItem");
        return focusControlsAt(editor, $from.before(depth));
      },
      Enter: ({ editor }) => {
        const { selection } = editor.state;
        if (!(selection instanceof NodeSelection) || selection.node.type.name !== "attendance") return false;
        return focusControlsAt(editor, selection.from);
      },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("blockControls"),
        props: {
          handleTextInput: (view) => view.state.selection instanceof NodeSelection && view.state.selection.node.type.name === "attendance",
        },
      }),
    ];
  },
});
