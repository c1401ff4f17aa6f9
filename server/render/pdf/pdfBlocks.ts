import { textOf } from "../inline.js";
import type { Block } from "../layout.js";
import { PDF } from "./pdfStyle.js";
import { ensureSpace, heightOf, writeRuns, writeText, type TextBox } from "./pdfText.js";

const gap = (doc: PDFKit.PDFDocument, points: number) => {
  doc.y += points;
};

function drawList(doc: PDFKit.PDFDocument, block: Extract<Block, { kind: "list" }>, box: TextBox): void {
  block.items.forEach((blocks, i) => {
    ensureSpace(doc, 2 * PDF.size.body);
    const y = doc.y;
    writeText(doc, block.ordered ? `${block.start + i}.` : "•", { ...box, width: PDF.indent });
    doc.y = y;
    drawBlocks(doc, blocks, { ...box, x: box.x + PDF.indent, width: box.width - PDF.indent });
  });
}

function drawTracked(doc: PDFKit.PDFDocument, block: Extract<Block, { kind: "tracked" }>, box: TextBox): void {
  const inner: TextBox = { ...box, x: box.x + 12, width: box.width - 20 };
  const details: TextBox = { ...inner, size: PDF.size.small, colour: PDF.colour.muted };
  const height = heightOf(doc, `${block.label} ${textOf(block.runs)}`, inner) + (block.details ? heightOf(doc, block.details, details) + 2 : 0) + 12;
  ensureSpace(doc, height);
  const tone = PDF.tone[block.tone];
  const top = doc.y;
  // The box is drawn before the text (PDF paints in order); its height is measured in bold, so it errs on the roomy side.
  const visible = Math.min(height, doc.page.height - doc.page.margins.bottom - top);
  doc.save().rect(box.x, top, box.width, visible).fill(tone.fill).rect(box.x, top, 3, visible).fill(tone.bar).restore();
  doc.y = top + 6;
  writeRuns(doc, [{ text: `${block.label} `, bold: true, colour: tone.bar }, ...block.runs], inner);
  if (block.details) {
    gap(doc, 2);
    writeText(doc, block.details, details);
  }
  doc.y = Math.max(doc.y, top + visible) + 6;
}

function drawBlock(doc: PDFKit.PDFDocument, block: Block, box: TextBox): void {
  switch (block.kind) {
    case "paragraph":
      ensureSpace(doc, 2 * PDF.size.body);
      writeRuns(doc, block.runs, box);
      gap(doc, 5);
      return;
    case "heading":
      ensureSpace(doc, 4 * PDF.size.body);
      gap(doc, 4);
      writeRuns(doc, block.runs, { ...box, bold: true, size: Math.max(PDF.size.body, 13 - block.level) });
      gap(doc, 4);
      return;
    case "list":
      drawList(doc, block, box);
      return;
    case "quote": {
      const top = doc.y;
      drawBlocks(doc, block.blocks, { ...box, x: box.x + 12, width: box.width - 12, colour: PDF.colour.muted });
      doc.save().moveTo(box.x + 3, top).lineTo(box.x + 3, Math.max(top, doc.y - 5)).lineWidth(2).strokeColor(PDF.colour.line).stroke().restore();
      return;
    }
    case "rule":
      gap(doc, 4);
      doc.save().moveTo(box.x, doc.y).lineTo(box.x + box.width, doc.y).lineWidth(0.5).strokeColor(PDF.colour.line).stroke().restore();
      gap(doc, 8);
      return;
    case "section":
      ensureSpace(doc, 4 * PDF.size.body);
      gap(doc, 4);
      writeText(doc, block.label, { ...box, bold: true, size: PDF.size.section, colour: PDF.colour.muted });
      gap(doc, 3);
      drawBlocks(doc, block.blocks, box);
      return;
    case "tracked":
      drawTracked(doc, block, box);
      return;
    case "attendance":
      for (const group of block.groups) {
        ensureSpace(doc, 3 * PDF.size.body);
        writeText(doc, group.label, { ...box, bold: true });
        gap(doc, 2);
        for (const person of group.people) writeText(doc, person, { ...box, x: box.x + PDF.indent / 2, width: box.width - PDF.indent / 2 });
        gap(doc, 6);
      }
      return;
    case "lines":
      ensureSpace(doc, 3 * PDF.size.body);
      writeText(doc, block.title, { ...box, bold: true });
      gap(doc, 2);
      if (block.lines.length === 0) writeText(doc, block.empty, { ...box, colour: PDF.colour.muted });
      else drawList(doc, { kind: "list", ordered: false, start: 1, items: block.lines.map((text) => [{ kind: "paragraph", runs: [{ text }] }]) }, box);
      gap(doc, 5);
      return;
  }
}

/** Draws render blocks down the page inside `box`, breaking pages as needed. */
export function drawBlocks(doc: PDFKit.PDFDocument, blocks: Block[], box: TextBox): void {
  for (const block of blocks) drawBlock(doc, block, box);
}
