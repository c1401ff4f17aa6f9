import { plainText } from "../../shared/blocks/extractBlocks.js";
import type { DocJSON } from "../../shared/blocks/types.js";
import { richBlockContent } from "../../shared/editor/richBlocks.js";
import { ITEM_SECTIONS, SECTION_LABELS, oneOf } from "../../shared/editor/vocabulary.js";
import { groupAttendance } from "./attendance.js";
import { formatDanishDate } from "./danishDate.js";
import { runsOf, textOf } from "./inline.js";
import type { Block, Item, MeetingLayout, Run, TrackedTone } from "./layout.js";
import { meetingHeader } from "./meetingHeader.js";
import type { RenderableMeeting } from "./meetingModel.js";
import { tableOf } from "./walkTable.js";
import { CARRY_OVER, PROPOSAL_LABELS, TRACKED_LABELS, actionDetails, carryOverLine, escalationDetails } from "./wording.js";

type Context = Pick<RenderableMeeting, "carryOver" | "kind">;

const hasText = (runs: Run[]): boolean => textOf(runs).trim().length > 0;

// An agenda is written before the meeting: its decisions, action items and escalations are proposals.
// Their content is read from either stored shape (paragraphs and lists, or text directly inside).
function tracked(tone: TrackedTone, node: DocJSON, details: string | null, ctx: Context): Block[] {
  const blocks = richBlockContent(node).flatMap((child) => blocksOf(child, ctx));
  const label = (ctx.kind === "dagsorden" ? PROPOSAL_LABELS : TRACKED_LABELS)[tone];
  return blocks.length > 0 ? [{ kind: "tracked", tone, label, blocks, details }] : [];
}

function listOf(node: DocJSON, ctx: Context): Block[] {
  const items = (node.content ?? []).map((li) => (li.content ?? []).flatMap((child) => blocksOf(child, ctx))).filter((blocks) => blocks.length > 0);
  if (items.length === 0) return [];
  const start = typeof node.attrs?.start === "number" ? node.attrs.start : 1;
  return [{ kind: "list", ordered: node.type === "orderedList", start, items }];
}

function fileList(names: string[]): Block {
  return { kind: "list", ordered: false, start: 1, items: names.map((name) => [{ kind: "paragraph", runs: [{ text: name }] }]) };
}

/** The render blocks of one node of the document; empty text leaves nothing behind. */
function blocksOf(node: DocJSON, ctx: Context): Block[] {
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case "paragraph": {
      const runs = runsOf(node);
      return hasText(runs) ? [{ kind: "paragraph", runs }] : [];
    }
    case "heading": {
      const runs = runsOf(node);
      const level = typeof attrs.level === "number" ? Math.min(Math.max(attrs.level, 1), 6) : 1;
      return hasText(runs) ? [{ kind: "heading", level, runs }] : [];
    }
    case "bulletList":
    case "orderedList":
      return listOf(node, ctx);
    case "blockquote": {
      const blocks = (node.content ?? []).flatMap((child) => blocksOf(child, ctx));
      return blocks.length > 0 ? [{ kind: "quote", blocks }] : [];
    }
    case "horizontalRule":
      return [{ kind: "rule" }];
    case "table":
      return tableOf(node, (child) => blocksOf(child, ctx));
    case "itemSection": {
      const blocks = (node.content ?? []).flatMap((child) => blocksOf(child, ctx));
      const label = SECTION_LABELS[oneOf(ITEM_SECTIONS, attrs.section, "sagsfremstilling")];
      return blocks.length > 0 ? [{ kind: "section", label, blocks }] : [];
    }
    case "decision":
      return tracked("decision", node, null, ctx);
    case "actionItem":
      return tracked("action", node, actionDetails(attrs), ctx);
    case "escalation":
      return tracked("escalation", node, escalationDetails(attrs, ctx.kind === "dagsorden"), ctx);
    case "attendance": {
      const groups = groupAttendance(node);
      return groups.length > 0 ? [{ kind: "attendance", groups }] : [];
    }
    case "actionFollowUp":
      return [{ kind: "lines", title: CARRY_OVER.title, lines: (ctx.carryOver ?? []).map(carryOverLine), empty: CARRY_OVER.empty }];
    case "agendaTitle":
      return [];
    default: {
      // A node this module does not know yet still shows its text rather than vanishing from the minutes.
      const children = node.content ?? [];
      if (!children.some((c) => c.type === "text")) return children.flatMap((child) => blocksOf(child, ctx));
      const runs = runsOf(node);
      return hasText(runs) ? [{ kind: "paragraph", runs }] : [];
    }
  }
}

/** An agenda item with its number; the item's attachments go under its Bilag section, which is added when missing. */
function itemOf(node: DocJSON, number: number, m: RenderableMeeting): Item {
  const title = node.content?.find((c) => c.type === "agendaTitle");
  const id = typeof node.attrs?.id === "string" ? node.attrs.id : "";
  const files = m.attachments?.[id] ?? [];
  let filesPlaced = files.length === 0;
  const blocks = (node.content ?? []).flatMap((child) => {
    const out = blocksOf(child, m);
    if (child.type !== "itemSection" || child.attrs?.section !== "bilag" || filesPlaced) return out;
    filesPlaced = true;
    const section = out[0];
    return [{ kind: "section" as const, label: SECTION_LABELS.bilag, blocks: [...(section?.kind === "section" ? section.blocks : []), fileList(files)] }];
  });
  if (!filesPlaced) blocks.push({ kind: "section", label: SECTION_LABELS.bilag, blocks: [fileList(files)] });
  const heading = `Punkt ${number}: ${title ? plainText(title) : ""}`.trim();
  return { kind: "item", heading, anchor: `punkt-${number}`, blocks };
}

/**
 * Turns a meeting into the neutral layout the renderers print: the heading,
 * the numbered items ("Punkt N" by order of the agenda items) and the blocks
 * in them. Empty paragraphs and sections are left out.
 */
export function walkMeeting(m: RenderableMeeting): MeetingLayout {
  const items: Item[] = [];
  const body = (m.doc.content ?? []).flatMap((node): (Item | Block)[] => {
    if (node.type !== "agendaItem") return blocksOf(node, m);
    const item = itemOf(node, items.length + 1, m);
    items.push(item);
    return [item];
  });
  return { header: meetingHeader(m), items, body, footer: `${m.forumName} · ${formatDanishDate(m.startsAt)}` };
}
