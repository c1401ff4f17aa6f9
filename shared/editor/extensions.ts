import type { Extensions } from "@tiptap/core";
import type { Transaction } from "@tiptap/pm/state";
import Document from "@tiptap/extension-document";
import StarterKit from "@tiptap/starter-kit";
import UniqueID from "@tiptap/extension-unique-id";
import { AgendaItem } from "./agendaItem.js";
import { AgendaTitle } from "./agendaTitle.js";
import { Decision } from "./decision.js";

/** Node types whose blocks carry a stable `id` attribute. */
export const BLOCK_ID_TYPES = ["agendaItem", "decision"];

/** Options for {@link documentExtensions}. */
export interface DocumentExtensionOptions {
  /** Skips id generation for transactions from remote peers (the client passes Collaboration's isChangeOrigin). */
  filterTransaction?: (transaction: Transaction) => boolean;
}

/**
 * The extensions that define the meeting document. Client and server both
 * build their schema from this one list, so a node added here exists on both
 * sides; nodes the server does not know would otherwise be dropped silently.
 */
export function documentExtensions(options: DocumentExtensionOptions = {}): Extensions {
  return [
    StarterKit.configure({
      document: false,
      // Yjs has its own undo manager; the trailing node makes concurrent first edits create two paragraphs.
      undoRedo: false,
      trailingNode: false,
    }),
    Document.extend({ content: "(block | agenda)+" }),
    AgendaItem,
    AgendaTitle,
    Decision,
    UniqueID.configure({
      types: BLOCK_ID_TYPES,
      filterTransaction: options.filterTransaction ?? null,
    }),
  ];
}
