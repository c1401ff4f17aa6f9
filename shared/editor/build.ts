import type { DocJSON } from "../blocks/types.js";
import type { AgendaItemKind, AttendeeRole, ItemSectionKind } from "./vocabulary.js";

const text = (value: string): DocJSON[] => (value ? [{ type: "text", text: value }] : []);
const id = () => crypto.randomUUID();

/** What a decision, action item or escalation holds: a line of text, or its paragraphs and lists. */
export type RichContent = string | DocJSON[];
const rich = (value: RichContent): DocJSON[] => (typeof value === "string" ? [build.paragraph(value)] : value);

/** A participant for {@link build.attendance}. */
export interface AttendeeInput {
  userId?: string | null;
  name: string;
  organisation?: string | null;
  role?: AttendeeRole;
  present?: boolean;
}

/** Builders for meeting-document JSON, used by new agendas, the seed and tests. Ids are fresh UUIDs. */
export const build = {
  doc: (...content: DocJSON[]): DocJSON => ({ type: "doc", content }),
  paragraph: (value = ""): DocJSON => ({ type: "paragraph", content: text(value) }),
  heading: (level: number, value: string): DocJSON => ({ type: "heading", attrs: { level }, content: text(value) }),
  bulletList: (...items: string[]): DocJSON => ({
    type: "bulletList",
    content: items.map((value) => ({ type: "listItem", content: [build.paragraph(value)] })),
  }),
  orderedList: (...items: string[]): DocJSON => ({
    type: "orderedList",
    attrs: { start: 1 },
    content: items.map((value) => ({ type: "listItem", content: [build.paragraph(value)] })),
  }),
  /** An agenda item; its number comes from its place in the document. */
  agendaItem: (title: string, ...content: DocJSON[]): DocJSON => build.kindedItem(null, title, ...content),
  /** An agenda item of a given kind (beslutning, drøftelse, orientering). */
  kindedItem: (kind: AgendaItemKind | null, title: string, ...content: DocJSON[]): DocJSON => ({
    type: "agendaItem",
    attrs: { id: id(), kind },
    content: [{ type: "agendaTitle", content: text(title) }, ...content],
  }),
  /** A section of an item; an empty paragraph when given no content. */
  section: (section: ItemSectionKind, ...content: DocJSON[]): DocJSON => ({
    type: "itemSection",
    attrs: { section },
    content: content.length > 0 ? content : [build.paragraph()],
  }),
  /** An Indstilling section in the forums' wording: "Det indstilles, at <forum>:" and a numbered list. */
  recommendation: (forumName: string, ...points: string[]): DocJSON =>
    build.section("indstilling", build.paragraph(`Det indstilles, at ${forumName}:`), build.orderedList(...points)),
  /** A decision: one paragraph of text, or paragraphs and lists. */
  decision: (value: RichContent): DocJSON => ({ type: "decision", attrs: { id: id() }, content: rich(value) }),
  actionItem: (value: RichContent, attrs: Record<string, unknown> = {}): DocJSON => ({ type: "actionItem", attrs: { id: id(), ...attrs }, content: rich(value) }),
  escalation: (value: RichContent, attrs: Record<string, unknown> = {}): DocJSON => ({ type: "escalation", attrs: { id: id(), ...attrs }, content: rich(value) }),
  /** A table with a header row; every cell holds one paragraph. */
  table: (header: string[], ...rows: string[][]): DocJSON => ({
    type: "table",
    content: [
      { type: "tableRow", content: header.map((value) => ({ type: "tableHeader", content: [build.paragraph(value)] })) },
      ...rows.map((row) => ({ type: "tableRow", content: row.map((value) => ({ type: "tableCell", content: [build.paragraph(value)] })) })),
    ],
  }),
  /** The live list of the forum's open action items from earlier meetings. */
  actionFollowUp: (): DocJSON => ({ type: "actionFollowUp" }),
  attendance: (people: AttendeeInput[]): DocJSON => ({
    type: "attendance",
    attrs: { id: id() },
    content: people.map((p) => ({
      type: "attendee",
      attrs: { id: id(), userId: p.userId ?? null, name: p.name, organisation: p.organisation ?? null, role: p.role ?? "medlem", present: p.present ?? true },
    })),
  }),
};
