import type { ActionStatus, AgendaItemKind, AttendeeRole, DueKind, EscalationDirection, OwnerKind } from "../editor/vocabulary.js";

/** A ProseMirror/Tiptap node in JSON form, as `editor.getJSON()` returns it. */
export interface DocJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocJSON[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/** An agenda item as extracted from the document. */
export interface ExtractedAgendaItem {
  id: string;
  /** "1", "2", … for top-level items; "2.1" for an item found inside item 2. */
  number: string;
  title: string;
  kind: AgendaItemKind | null;
  /** The escalation this item answers, when it came from another forum. */
  originDocumentId: string | null;
  originBlockId: string | null;
  position: number;
}

/** Fields every tracked block inside an item has. */
interface ItemBlock {
  id: string;
  /** The agenda item the block stands in, or null when it stands outside every item. */
  agendaItemId: string | null;
  /** The full text: paragraphs as lines, list items as "- item" / "1. item" lines. */
  text: string;
  /** The block's paragraphs and lists as editor JSON. */
  content: DocJSON[];
  position: number;
}

/** A decision (Beslutning). */
export type ExtractedDecision = ItemBlock;

/** An action item with its owner and due point. */
export interface ExtractedActionItem extends ItemBlock {
  ownerKind: OwnerKind | null;
  ownerId: string | null;
  ownerName: string | null;
  dueKind: DueKind | null;
  dueDate: string | null;
  dueCondition: string | null;
  status: ActionStatus;
}

/** An escalation or referral to another forum, with its target as written (the server validates it). */
export interface ExtractedEscalation extends ItemBlock {
  targetForumId: string | null;
  targetForumName: string | null;
  direction: EscalationDirection | null;
  /** A recipient outside Mødebord, in words. */
  targetExternal: string | null;
}

/** One person on the participants list. */
export interface ExtractedAttendee {
  id: string;
  userId: string | null;
  name: string;
  organisation: string | null;
  role: AttendeeRole;
  present: boolean;
  position: number;
}

/** Everything extractBlocks finds in one document. */
export interface ExtractedBlocks {
  agendaItems: ExtractedAgendaItem[];
  decisions: ExtractedDecision[];
  actionItems: ExtractedActionItem[];
  escalations: ExtractedEscalation[];
  attendees: ExtractedAttendee[];
}
