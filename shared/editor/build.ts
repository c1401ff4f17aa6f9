import type { DocJSON } from "../blocks/extractBlocks.js";

/** Builders for meeting-document JSON, used by the seed, new agendas and tests. */
export const build = {
  doc: (...content: DocJSON[]): DocJSON => ({ type: "doc", content }),
  paragraph: (text = ""): DocJSON => (text ? { type: "paragraph", content: [{ type: "text", text }] } : { type: "paragraph" }),
  heading: (level: number, text: string): DocJSON => ({ type: "heading", attrs: { level }, content: [{ type: "text", text }] }),
  bulletList: (...items: string[]): DocJSON => ({
    type: "bulletList",
    content: items.map((text) => ({ type: "listItem", content: [build.paragraph(text)] })),
  }),
  orderedList: (...items: string[]): DocJSON => ({
    type: "orderedList",
    attrs: { start: 1 },
    content: items.map((text) => ({ type: "listItem", content: [build.paragraph(text)] })),
  }),
  /** An agenda item with a fresh id; its number comes from its place in the document. */
  agendaItem: (title: string, ...content: DocJSON[]): DocJSON => ({
    type: "agendaItem",
    attrs: { id: crypto.randomUUID() },
    content: [{ type: "agendaTitle", content: title ? [{ type: "text", text: title }] : [] }, ...content],
  }),
  /** A decision block with a fresh id. */
  decision: (text: string): DocJSON => ({
    type: "decision",
    attrs: { id: crypto.randomUUID() },
    content: text ? [{ type: "text", text }] : [],
  }),
};
