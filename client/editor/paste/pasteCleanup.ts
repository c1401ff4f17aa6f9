import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { cleanPastedHtml } from "./cleanPastedHtml.js";

/** Runs every HTML paste through {@link cleanPastedHtml} before it is parsed into the document. */
export const PasteCleanup = Extension.create({
  name: "pasteCleanup",

  addProseMirrorPlugins() {
    return [new Plugin({ key: new PluginKey("pasteCleanup"), props: { transformPastedHTML: cleanPastedHtml } })];
  },
});
