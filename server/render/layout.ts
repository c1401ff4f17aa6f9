/**
 * The neutral form of a meeting that the HTML, PDF and DOCX renderers share:
 * the structure of agenda and minutes is worked out once, in walkMeeting, and
 * each renderer only decides how a kind of block looks.
 */

/** A piece of inline text with its marks. A "\n" in `text` is a line break. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  code?: boolean;
  /** Only http(s) and mailto addresses survive; anything else is dropped before it gets here. */
  href?: string;
}

/** One group of the participants list. */
export interface AttendanceGroup {
  label: "Deltagere" | "Afbud" | "Sekretariat";
  /** "Navn, Organisation (medformand)". */
  people: string[];
}

/** A block of content inside or between agenda items. */
export type Block =
  | { kind: "paragraph"; runs: Run[] }
  | { kind: "heading"; level: number; runs: Run[] }
  | { kind: "list"; ordered: boolean; start: number; items: Block[][] }
  | { kind: "quote"; blocks: Block[] }
  | { kind: "rule" }
  | { kind: "section"; label: string; blocks: Block[] }
  /** Decision, action item or escalation: a label, its paragraphs and lists, and a line of details (owner, due, target). */
  | { kind: "tracked"; tone: TrackedTone; label: string; blocks: Block[]; details: string | null }
  | { kind: "table"; rows: TableRow[] }
  | { kind: "attendance"; groups: AttendanceGroup[] }
  | { kind: "lines"; title: string; lines: string[]; empty: string };

/** One cell of a table: a header cell (the forums' first row) or a data cell, with what it holds. */
export interface TableCell {
  header: boolean;
  colspan: number;
  rowspan: number;
  blocks: Block[];
}

/** One row of a table. */
export interface TableRow {
  cells: TableCell[];
}

/** How a tracked block is set apart: decisions, action items and escalations each have their own colour. */
export type TrackedTone = "decision" | "action" | "escalation";

/** A numbered agenda item ("Punkt N: title"). */
export interface Item {
  kind: "item";
  /** "Punkt 3: Omprioritering af klyngemidler". */
  heading: string;
  /** Fragment id / bookmark name, "punkt-3". */
  anchor: string;
  blocks: Block[];
}

/** One labelled line under the heading ("Mødedato: mandag den 27. november 2023 kl. 14.00"). */
export interface HeaderFact {
  /** "Mødedato", "Mødested", "Vært" or "Mødeleder". */
  label: string;
  value: string;
}

/** The heading of the document. */
export interface MeetingHeader {
  /** "Referat" or "Dagsorden". */
  kindWord: string;
  title: string;
  /** "Chefforum, Sundhedsklynge Midt", or "Fællesmøde: Driftsgruppen Syd og Styregruppen Syd, Klynge Syd". */
  forumLine: string;
  /** The date, then place, host and mødeleder when the meeting has them, in that order. */
  facts: HeaderFact[];
}

/** A whole meeting ready to print. */
export interface MeetingLayout {
  header: MeetingHeader;
  /** The agenda items in order, for the table of contents. */
  items: Item[];
  /** Items and the blocks that stand between them, in document order. */
  body: (Item | Block)[];
  /** "Chefforum · 27. november 2023", for page footers. */
  footer: string;
}

/** The table-of-contents heading every renderer prints. */
export const TOC_TITLE = "Indholdsfortegnelse";
