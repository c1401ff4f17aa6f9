import { BorderStyle, HeadingLevel, Paragraph, ShadingType, Table, TextRun, type IParagraphOptions } from "docx";
import { trackedLead } from "../inline.js";
import type { Block, TrackedTone } from "../layout.js";
import { docxRuns } from "./docxRuns.js";
import { DOCX } from "./docxStyle.js";
import { docxTable } from "./docxTable.js";

/** What render blocks become in Word: paragraphs, and tables. */
export type DocxBlock = Paragraph | Table;

/** Where a block stands: the heading level a heading here gets, list depth, left indent in twips. */
export interface DocxPlace {
  level: number;
  depth: number;
  indent: number;
  quoted?: boolean;
  /** Inside a decision, action item or escalation: its paragraphs carry the block's band. */
  tracked?: TrackedTone;
  /** Counts ordered lists, so each one restarts at 1. */
  lists: { n: number };
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** A heading paragraph at `level` (1-6, clamped). */
export function headingOf(level: number, text: string): Paragraph {
  return new Paragraph({ heading: HEADINGS[Math.min(Math.max(level, 1), 6) - 1], children: [new TextRun(text)] });
}

const LIST_STEP = 567;

// The band of a tracked block: a coloured bar on the left and a tinted ground.
function band(tone: TrackedTone): IParagraphOptions {
  return {
    border: { left: { style: BorderStyle.SINGLE, size: 24, color: DOCX.tone[tone].bar, space: 8 } },
    shading: { type: ShadingType.CLEAR, color: "auto", fill: DOCX.tone[tone].fill },
  };
}

function paragraph(place: DocxPlace, options: IParagraphOptions): Paragraph {
  if (place.tracked) return new Paragraph({ ...band(place.tracked), indent: { left: place.indent + 170, right: 113 }, spacing: { before: 0, after: 60 }, ...options });
  const quote = place.quoted ? { border: { left: { style: BorderStyle.SINGLE, size: 12, color: DOCX.colour.line, space: 8 } } } : {};
  return new Paragraph({ indent: place.indent ? { left: place.indent } : undefined, ...quote, ...options });
}

function listParagraphs(block: Extract<Block, { kind: "list" }>, place: DocxPlace): DocxBlock[] {
  const instance = ++place.lists.n;
  const inner: DocxPlace = { ...place, depth: place.depth + 1, indent: LIST_STEP * (place.depth + 1) };
  const decor = place.tracked ? { ...band(place.tracked), spacing: { before: 0, after: 60 } } : {};
  return block.items.flatMap(([first, ...rest]) => {
    const marker = block.ordered ? { numbering: { reference: DOCX.orderedList, level: place.depth, instance } } : { bullet: { level: place.depth } };
    const head = first?.kind === "paragraph" ? [new Paragraph({ ...marker, ...decor, children: docxRuns(first.runs) })] : docxBlocks(first ? [first] : [], inner);
    return [...head, ...docxBlocks(rest, inner)];
  });
}

function trackedParagraphs(block: Extract<Block, { kind: "tracked" }>, place: DocxPlace): DocxBlock[] {
  const tone = DOCX.tone[block.tone];
  const inside: DocxPlace = { ...place, tracked: block.tone };
  const { lead, rest } = trackedLead(block.blocks);
  const main = paragraph(inside, { spacing: { before: 120, after: 60 }, children: [new TextRun({ text: `${block.label} `, bold: true, color: tone.bar }), ...docxRuns(lead)] });
  const details = block.details ? [paragraph(inside, { spacing: { before: 0, after: 120 }, children: [new TextRun({ text: block.details, color: DOCX.colour.muted, size: DOCX.size.small })] })] : [];
  return [main, ...docxBlocks(rest, inside), ...details];
}

function blockParagraphs(block: Block, place: DocxPlace): DocxBlock[] {
  switch (block.kind) {
    case "paragraph":
      return [paragraph(place, { children: docxRuns(block.runs, place.quoted ? { color: DOCX.colour.muted } : {}) })];
    case "heading":
      return [new Paragraph({ heading: HEADINGS[Math.min(place.level + block.level - 1, 6) - 1], children: docxRuns(block.runs) })];
    case "list":
      return listParagraphs(block, place);
    case "quote":
      return docxBlocks(block.blocks, { ...place, indent: place.indent + 284, quoted: true });
    case "rule":
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: DOCX.colour.line, space: 1 } } })];
    case "section":
      return [headingOf(place.level, block.label), ...docxBlocks(block.blocks, { ...place, level: place.level + 1 })];
    case "tracked":
      return trackedParagraphs(block, place);
    case "table":
      return [docxTable(block, (blocks) => docxBlocks(blocks, { ...place, depth: 0, indent: 0, quoted: false, tracked: undefined })), new Paragraph({ spacing: { after: 0 } })];
    case "attendance":
      return block.groups.flatMap((group) => [
        paragraph(place, { keepNext: true, spacing: { before: 120, after: 40 }, children: [new TextRun({ text: group.label, bold: true })] }),
        ...group.people.map((person) => new Paragraph({ indent: { left: place.indent + 284 }, spacing: { after: 0 }, children: [new TextRun(person)] })),
      ]);
    case "lines":
      return [
        paragraph(place, { keepNext: true, spacing: { before: 120, after: 40 }, children: [new TextRun({ text: block.title, bold: true })] }),
        ...(block.lines.length > 0
          ? block.lines.map((line) => new Paragraph({ bullet: { level: place.depth }, children: [new TextRun(line)] }))
          : [paragraph(place, { children: [new TextRun({ text: block.empty, color: DOCX.colour.muted })] })]),
      ];
  }
}

/** Render blocks as Word paragraphs and tables. */
export function docxBlocks(blocks: Block[], place: DocxPlace): DocxBlock[] {
  return blocks.flatMap((block) => blockParagraphs(block, place));
}
