import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { findCprNumbers } from "../../../shared/rules/cprGuard.js";

const key = new PluginKey<DecorationSet>("cprHighlight");

function decorate(doc: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // Matches may span marks, so search the block's text and map offsets back.
    const text = node.textBetween(0, node.content.size, "\n", "\ufffc");
    for (const match of findCprNumbers(text)) {
      decorations.push(Decoration.inline(pos + 1 + match.index, pos + 1 + match.index + match.text.length, { class: "cpr-match", "data-cpr": "true" }));
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Marks anything shaped like a CPR number in the document as you type, with
 * the same check that refuses publication, so it is removed long before.
 */
export const CprHighlight = Extension.create({
  name: "cprHighlight",

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key,
        state: {
          init: (_, state) => decorate(state.doc),
          apply: (tr, old) => (tr.docChanged ? decorate(tr.doc) : old),
        },
        props: {
          decorations: (state) => key.getState(state),
        },
      }),
    ];
  },
});
