import { Extension, type Editor } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import type * as Y from "yjs";

/** Options of {@link CaretSync}. */
export interface CaretSyncOptions {
  /** The meeting's Yjs doc, whose transactions the caret must be read before. */
  ydoc: Y.Doc | null;
}

interface CaretSyncStorage {
  /** True once the editor has had focus: from then on its selection is a caret the user has seen. */
  placed: boolean;
  /** Stops listening to the Yjs doc. */
  detach: (() => void) | null;
}

declare module "@tiptap/core" {
  interface Storage {
    caretSync: CaretSyncStorage;
  }
}

// ProseMirror's DOM observer is internal; its flush reads the DOM selection
// (and pending DOM changes) into the editor state at once.
interface DomObserver {
  forceFlush(): void;
  flush(): void;
  pendingRecords(): readonly unknown[];
}

const domObserver = (view: EditorView) => (view as unknown as { domObserver?: DomObserver }).domObserver;
const hasCaret = (view: EditorView) => !view.isDestroyed && view.editable && !view.composing && view.hasFocus();

/**
 * Reads where the browser has put the caret into the editor state now,
 * instead of when the browser's `selectionchange` event comes round.
 */
export function readCaretFromDom(view: EditorView): void {
  const observer = domObserver(view);
  if (!observer || !hasCaret(view)) return;
  observer.forceFlush();
  observer.flush();
}

// Before a remote change only the caret is read: typed text not yet read
// would otherwise be written inside the remote peer's Yjs transaction and
// never be sent. (The DOM observer reports typing within a microtask, so
// this only waits during composition or the like.)
function readCaretBeforeRemoteChange(view: EditorView): void {
  const observer = domObserver(view);
  if (!observer || !hasCaret(view) || observer.pendingRecords().length > 0) return;
  observer.flush();
}

/** True once the user has been in the document, so its selection is where they left their caret. */
export function caretPlaced(editor: Editor): boolean {
  return editor.storage.caretSync?.placed === true;
}

/**
 * Keeps the editor's selection where the user's caret visibly is.
 *
 * ProseMirror learns of a click or a caret key from the browser's
 * `selectionchange` event, which arrives a task later. A remote change that
 * lands in between (someone typing elsewhere) is applied by y-prosemirror,
 * which restores the selection from the editor state: the stale one, the
 * document start on a freshly opened page. Writing that back into the DOM
 * moved the caret to "Punkt 1", where the next Enter split its title. So the
 * DOM selection is read into the state before every Yjs transaction (the
 * binding then maps that one), and before each key is handled.
 */
export const CaretSync = Extension.create<CaretSyncOptions, CaretSyncStorage>({
  name: "caretSync",

  addOptions() {
    return { ydoc: null };
  },

  addStorage() {
    return { placed: false, detach: null };
  },

  onCreate() {
    const { ydoc } = this.options;
    if (!ydoc) return;
    // The binding has taken the selection by then, but reading the caret is
    // an editor transaction, after which the binding takes it afresh.
    const beforeTransaction = (transaction: Y.Transaction) => {
      if (!transaction.local && !this.editor.isDestroyed) readCaretBeforeRemoteChange(this.editor.view);
    };
    ydoc.on("beforeTransaction", beforeTransaction);
    this.storage.detach = () => ydoc.off("beforeTransaction", beforeTransaction);
  },

  onDestroy() {
    this.storage.detach?.();
  },

  onFocus() {
    this.storage.placed = true;
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("caretSync"),
        props: {
          handleDOMEvents: {
            // Keys that move the caret are applied by the browser; the next key may come before the browser says so.
            keydown: (view, event) => {
              if (!event.isComposing && event.keyCode !== 229) readCaretFromDom(view);
              return false;
            },
          },
        },
      }),
    ];
  },
});
