import { Node, mergeAttributes } from "@tiptap/core";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    decision: {
      /** Inserts an empty decision block after the current block. */
      insertDecision: () => ReturnType;
    };
  }
}

/**
 * A decision taken at the meeting ("Beslutning"). Its `id` attribute comes
 * from the UniqueID extension when the block is created and keys the row the
 * server extracts into Postgres.
 */
export const Decision = Node.create({
  name: "decision",
  group: "block",
  content: "inline*",
  defining: true,

  parseHTML() {
    return [{ tag: "div[data-type='decision']" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["div", mergeAttributes(HTMLAttributes, { "data-type": "decision", class: "decision" }), 0];
  },

  addCommands() {
    return {
      insertDecision:
        () =>
        ({ state, chain }) => {
          const { $from } = state.selection;
          const after = $from.depth > 0 ? $from.after(Math.min($from.depth, 2)) : $from.pos;
          return chain()
            .insertContentAt(after, { type: this.name })
            .setTextSelection(after + 1)
            .run();
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      "Mod-Alt-b": () => this.editor.commands.insertDecision(),
      // Enter at the end of a decision continues with a plain paragraph, not a second decision.
      Enter: ({ editor }) => {
        const { $from, empty } = editor.state.selection;
        if (!empty || $from.parent.type.name !== this.name || $from.parentOffset !== $from.parent.content.size) {
          return false;
        }
        return editor.chain().insertContentAt($from.after(), { type: "paragraph" }).setTextSelection($from.after() + 1).run();
      },
    };
  },
});
