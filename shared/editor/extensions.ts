import type { Extensions } from "@tiptap/core";
import Document from "@tiptap/extension-document";
import UniqueID from "@tiptap/extension-unique-id";
import type { Transaction } from "@tiptap/pm/state";
import StarterKit from "@tiptap/starter-kit";
import { ActionFollowUp } from "./actionFollowUp.js";
import { ActionItem } from "./actionItem.js";
import { AgendaItem } from "./agendaItem.js";
import { AgendaTitle } from "./agendaTitle.js";
import { Attendance, Attendee } from "./attendance.js";
import "./commands.js";
import { Decision } from "./decision.js";
import { Escalation } from "./escalation.js";
import { ItemSection } from "./itemSection.js";
import { tableExtensions } from "./tables.js";

/** Node types whose blocks carry a stable `id` attribute. */
export const BLOCK_ID_TYPES = ["agendaItem", "decision", "actionItem", "escalation", "attendance", "attendee"];

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
      // Code blocks have no place in minutes; pasted ones become paragraphs.
      codeBlock: false,
      link: { openOnClick: false, autolink: true },
    }),
    Document.extend({ content: "(block | agenda)+" }),
    AgendaItem,
    AgendaTitle,
    ItemSection,
    Decision,
    ActionItem,
    Escalation,
    Attendance,
    Attendee,
    ActionFollowUp,
    ...tableExtensions(),
    UniqueID.configure({
      types: BLOCK_ID_TYPES,
      filterTransaction: options.filterTransaction ?? null,
    }),
  ];
}
