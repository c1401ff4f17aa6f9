import { trackedLead } from "../inline.js";
import type { Block } from "../layout.js";
import { Backdrop, measureBlocks, runsHeight } from "./pdfBackdrop.js";
import { PDF } from "./pdfStyle.js";
import { drawTable } from "./pdfTable.js";
import { artifact, group, headingTag, tagged, type PdfPlace } from "./pdfTags.js";
import { ensureSpace, writeRuns, writeText, type TextBox } from "./pdfText.js";

const gap = (doc: PDFKit.PDFDocument, points: number) => {
  doc.y += points;
};

// L > LI > (Lbl, LBody), as PDF/UA wants a list.
function drawList(doc: PDFKit.PDFDocument, block: Extract<Block, { kind: "list" }>, box: TextBox, place: PdfPlace): void {
  const list = group(doc, place.parent, "L");
  block.items.forEach((blocks, i) => {
    ensureSpace(doc, 2 * PDF.size.body);
    box.backdrop?.cover(measureBlocks(doc, blocks, { ...box, width: box.width - PDF.indent }));
    const item = group(doc, list, "LI");
    const y = doc.y;
    tagged(doc, item, "Lbl", () => writeText(doc, block.ordered ? `${block.start + i}.` : "•", { ...box, width: PDF.indent }));
    doc.y = y;
    const body = group(doc, item, "LBody");
    drawBlocks(doc, blocks, { ...box, x: box.x + PDF.indent, width: box.width - PDF.indent }, { ...place, parent: body });
    body.end();
    item.end();
  });
  list.end();
}

function drawTracked(doc: PDFKit.PDFDocument, block: Extract<Block, { kind: "tracked" }>, box: TextBox, place: PdfPlace): void {
  const tone = PDF.tone[block.tone];
  const { lead, rest } = trackedLead(block.blocks);
  const label = [{ text: `${block.label} `, bold: true, colour: tone.bar }, ...lead];
  const measure: TextBox = { ...box, x: box.x + 12, width: box.width - 20 };
  ensureSpace(doc, 12 + runsHeight(doc, label, measure) + (rest.length > 0 ? measureBlocks(doc, rest.slice(0, 1), measure) : 0));
  const backdrop = new Backdrop(doc, box, tone);
  const inner: TextBox = { ...measure, backdrop };
  const details: TextBox = { ...inner, size: PDF.size.small, colour: PDF.colour.muted };
  const div = group(doc, place.parent, "Div");
  backdrop.cover(6);
  gap(doc, 6);
  backdrop.cover(runsHeight(doc, label, inner));
  tagged(doc, div, "P", () => writeRuns(doc, label, inner));
  if (rest.length > 0) {
    backdrop.cover(5);
    gap(doc, 5);
    drawBlocks(doc, rest, inner, { ...place, parent: div });
  }
  if (block.details) {
    backdrop.cover(2 + runsHeight(doc, [{ text: block.details }], details));
    gap(doc, 2);
    tagged(doc, div, "P", () => writeText(doc, block.details ?? "", details));
  }
  div.end();
  backdrop.cover(6);
  doc.y = Math.max(doc.y + 6, backdrop.finish()) + 6;
}

function drawBlock(doc: PDFKit.PDFDocument, block: Block, box: TextBox, place: PdfPlace): void {
  const { parent, level } = place;
  switch (block.kind) {
    case "paragraph":
      ensureSpace(doc, 2 * PDF.size.body);
      box.backdrop?.cover(runsHeight(doc, block.runs, box) + 5);
      tagged(doc, parent, "P", () => writeRuns(doc, block.runs, box));
      gap(doc, 5);
      return;
    case "heading":
      ensureSpace(doc, 4 * PDF.size.body);
      gap(doc, 4);
      tagged(doc, parent, headingTag(level + block.level - 1), () => writeRuns(doc, block.runs, { ...box, bold: true, size: Math.max(PDF.size.body, 13 - block.level) }));
      gap(doc, 4);
      return;
    case "list":
      drawList(doc, block, box, place);
      return;
    case "quote": {
      const top = doc.y;
      const quote = group(doc, parent, "BlockQuote");
      drawBlocks(doc, block.blocks, { ...box, x: box.x + 12, width: box.width - 12, colour: PDF.colour.muted }, { ...place, parent: quote });
      quote.end();
      artifact(doc, () => doc.save().moveTo(box.x + 3, top).lineTo(box.x + 3, Math.max(top, doc.y - 5)).lineWidth(2).strokeColor(PDF.colour.line).stroke().restore());
      return;
    }
    case "rule":
      gap(doc, 4);
      artifact(doc, () => doc.save().moveTo(box.x, doc.y).lineTo(box.x + box.width, doc.y).lineWidth(0.5).strokeColor(PDF.colour.line).stroke().restore());
      gap(doc, 8);
      return;
    case "section": {
      ensureSpace(doc, 4 * PDF.size.body);
      gap(doc, 4);
      const section = group(doc, parent, "Sect");
      tagged(doc, section, headingTag(level), () => writeText(doc, block.label, { ...box, bold: true, size: PDF.size.section, colour: PDF.colour.muted }));
      gap(doc, 3);
      drawBlocks(doc, block.blocks, box, { parent: section, level: level + 1 });
      section.end();
      return;
    }
    case "tracked":
      drawTracked(doc, block, box, place);
      return;
    case "table":
      drawTable(doc, block, box, place);
      return;
    case "attendance":
      for (const g of block.groups) {
        ensureSpace(doc, 3 * PDF.size.body);
        tagged(doc, parent, headingTag(level), () => writeText(doc, g.label, { ...box, bold: true }));
        gap(doc, 2);
        // A list without bullets, as the forums print it.
        const people = group(doc, parent, "L");
        for (const person of g.people) {
          const item = group(doc, people, "LI");
          tagged(doc, item, "LBody", () => writeText(doc, person, { ...box, x: box.x + PDF.indent / 2, width: box.width - PDF.indent / 2 }));
          item.end();
        }
        people.end();
        gap(doc, 6);
      }
      return;
    case "lines":
      ensureSpace(doc, 3 * PDF.size.body);
      tagged(doc, parent, headingTag(level), () => writeText(doc, block.title, { ...box, bold: true }));
      gap(doc, 2);
      if (block.lines.length === 0) tagged(doc, parent, "P", () => writeText(doc, block.empty, { ...box, colour: PDF.colour.muted }));
      else drawList(doc, { kind: "list", ordered: false, start: 1, items: block.lines.map((text) => [{ kind: "paragraph", runs: [{ text }] }]) }, box, place);
      gap(doc, 5);
      return;
  }
}

/** Draws render blocks down the page inside `box`, breaking pages as needed, tagged under `place`. */
export function drawBlocks(doc: PDFKit.PDFDocument, blocks: Block[], box: TextBox, place: PdfPlace): void {
  for (const block of blocks) drawBlock(doc, block, box, place);
}
