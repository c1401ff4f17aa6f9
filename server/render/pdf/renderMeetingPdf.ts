import PDFDocument from "pdfkit";
import { TOC_TITLE, type Item, type MeetingLayout } from "../layout.js";
import type { RenderableMeeting } from "../meetingModel.js";
import { walkMeeting } from "../walkMeeting.js";
import { drawBlocks } from "./pdfBlocks.js";
import { PDF } from "./pdfStyle.js";
import { artifact, group, tagged } from "./pdfTags.js";
import { ensureSpace, writeRuns, writeText, type TextBox } from "./pdfText.js";
import { toWinAnsi } from "./winAnsi.js";

/** Where a table-of-contents line was set, so its page number can be written once the items are laid out. */
interface TocSlot {
  anchor: string;
  page: number;
  y: number;
}

const currentPage = (doc: PDFKit.PDFDocument): number => {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
};

function drawHeader(doc: PDFKit.PDFDocument, layout: MeetingLayout, box: TextBox, root: PDFKit.PDFStructureElement): void {
  const { header } = layout;
  tagged(doc, root, "P", () => writeText(doc, header.kindWord.toUpperCase(), { ...box, bold: true, size: PDF.size.kicker, colour: PDF.colour.accent }));
  doc.y += 4;
  tagged(doc, root, "H1", () => writeText(doc, header.title, { ...box, bold: true, size: PDF.size.title }));
  tagged(doc, root, "P", () => writeText(doc, header.forumLine, { ...box, size: PDF.size.forum, colour: PDF.colour.muted }));
  doc.y += 8;
  for (const fact of header.facts) tagged(doc, root, "P", () => writeRuns(doc, [{ text: `${fact.label}: `, bold: true }, { text: fact.value }], box));
  doc.y += 8;
  artifact(doc, () => doc.save().moveTo(box.x, doc.y).lineTo(box.x + box.width, doc.y).lineWidth(2).strokeColor(PDF.colour.accent).stroke().restore());
  doc.y += 18;
}

function drawToc(doc: PDFKit.PDFDocument, items: Item[], box: TextBox, root: PDFKit.PDFStructureElement): TocSlot[] {
  if (items.length === 0) return [];
  tagged(doc, root, "H2", () => writeText(doc, TOC_TITLE, { ...box, bold: true, size: PDF.size.tocTitle }));
  doc.y += 6;
  const toc = group(doc, root, "TOC");
  const slots = items.map((item) => {
    ensureSpace(doc, 2 * PDF.size.body);
    const slot = { anchor: item.anchor, page: currentPage(doc), y: doc.y };
    tagged(doc, toc, "TOCI", () => {
      doc.font("Helvetica").fontSize(PDF.size.body).fillColor(PDF.colour.ink);
      doc.text(toWinAnsi(item.heading), box.x, doc.y, { width: box.width - 40, lineGap: PDF.lineGap, goTo: item.anchor });
    });
    doc.y += 3;
    return slot;
  });
  toc.end();
  doc.y += 12;
  return slots;
}

// An item is a section: its "Punkt N: title" heading, then its blocks one level down.
function drawItem(doc: PDFKit.PDFDocument, item: Item, box: TextBox, root: PDFKit.PDFStructureElement): number {
  ensureSpace(doc, 80);
  doc.y += 10;
  const page = currentPage(doc);
  doc.addNamedDestination(item.anchor);
  doc.outline.addItem(toWinAnsi(item.heading));
  const section = group(doc, root, "Sect");
  tagged(doc, section, "H2", () => writeText(doc, item.heading, { ...box, bold: true, size: PDF.size.item, colour: PDF.colour.accent }));
  doc.y += 2;
  artifact(doc, () => doc.save().moveTo(box.x, doc.y).lineTo(box.x + box.width, doc.y).lineWidth(0.75).strokeColor(PDF.colour.line).stroke().restore());
  doc.y += 8;
  drawBlocks(doc, item.blocks, box, { parent: section, level: 3 });
  section.end();
  return page;
}

function fillTocPages(doc: PDFKit.PDFDocument, slots: TocSlot[], pages: Map<string, number>, box: TextBox): void {
  for (const slot of slots) {
    doc.switchToPage(slot.page);
    // The page numbers are read from the layout, not the text: a reader follows the entry's link.
    artifact(doc, () => {
      doc.font("Helvetica").fontSize(PDF.size.body).fillColor(PDF.colour.muted);
      doc.text(String((pages.get(slot.anchor) ?? 0) + 1), box.x + box.width - 40, slot.y, { width: 40, align: "right", lineBreak: false });
    });
  }
}

function drawFooters(doc: PDFKit.PDFDocument, footer: string, box: TextBox): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 44;
    artifact(
      doc,
      () => {
        doc.save().moveTo(box.x, y - 6).lineTo(box.x + box.width, y - 6).lineWidth(0.5).strokeColor(PDF.colour.line).stroke().restore();
        doc.font("Helvetica").fontSize(PDF.size.small).fillColor(PDF.colour.muted);
        doc.text(toWinAnsi(footer), box.x, y, { width: box.width * 0.7, lineBreak: false });
        doc.text(`Side ${i + 1} af ${count}`, box.x, y, { width: box.width, align: "right", lineBreak: false });
      },
      "Pagination",
    );
    doc.page.margins.bottom = bottom;
  }
}

/**
 * The agenda or minutes as an A4 PDF in the house style: title block,
 * Indholdsfortegnelse with page numbers and links, the items with their
 * sections, decisions, action items and escalations set apart in colour,
 * tables, the participants list, and "Side X af Y" with forum and date in
 * the footer. The PDF is tagged (PDF/UA): Danish as its language, its title
 * shown, and a structure tree in reading order (H1, H2…, P, L/LI, Table/TR/TH/TD)
 * with rules, bands and footers as artifacts.
 */
export async function renderMeetingPdf(m: RenderableMeeting): Promise<Uint8Array> {
  const layout = walkMeeting(m);
  const doc = new PDFDocument({
    size: "A4",
    margins: PDF.margin,
    bufferPages: true,
    pdfVersion: "1.7",
    tagged: true,
    lang: "da-DK",
    displayTitle: true,
    info: { Title: `${layout.header.kindWord}: ${m.title}`, Subject: layout.header.forumLine, Author: m.clusterName },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  const box: TextBox = { x: PDF.margin.left, width: doc.page.width - PDF.margin.left - PDF.margin.right };
  const root = doc.struct("Document");
  doc.addStructure(root);
  drawHeader(doc, layout, box, root);
  const slots = drawToc(doc, layout.items, box, root);
  const pages = new Map<string, number>();
  for (const part of layout.body) {
    if (part.kind === "item") pages.set(part.anchor, drawItem(doc, part, box, root));
    else drawBlocks(doc, [part], box, { parent: root, level: 2 });
  }
  root.end();
  fillTocPages(doc, slots, pages, box);
  drawFooters(doc, layout.footer, box);
  doc.end();
  return done;
}
