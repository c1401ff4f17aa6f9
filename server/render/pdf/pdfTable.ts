import { textOf } from "../inline.js";
import type { Block } from "../layout.js";
import { PDF } from "./pdfStyle.js";
import { ensureSpace, type TextBox } from "./pdfText.js";
import type { PdfPlace } from "./pdfTags.js";
import { toWinAnsi } from "./winAnsi.js";

// pdfkit tags a table (Table, TR, TH/TD with Scope and Headers) when given the structure element to put it in.
type TaggedTableOptions = PDFKit.Mixins.TableOptions & { structParent: PDFKit.PDFStructureElement };
type TaggedCell = PDFKit.Mixins.CellOptions & { scope?: "Column" | "Row" };

// A cell's text: paragraphs as lines, list items with their bullet or number.
function cellText(blocks: Block[]): string {
  return blocks
    .flatMap((block): string[] => {
      switch (block.kind) {
        case "paragraph":
        case "heading":
          return [textOf(block.runs)];
        case "list":
          return block.items.map((item, i) => `${block.ordered ? `${block.start + i}.` : "•"} ${cellText(item)}`);
        case "quote":
          return [cellText(block.blocks)];
        default:
          return [];
      }
    })
    .join("\n");
}

/**
 * Draws a table at the current position across the box: equal columns, a
 * tinted header row, thin borders, rows moved to the next page whole. Header
 * cells in the first row head their columns, in later rows their row.
 */
export function drawTable(doc: PDFKit.PDFDocument, block: Extract<Block, { kind: "table" }>, box: TextBox, place: PdfPlace): void {
  const columns = Math.max(1, ...block.rows.map((row) => row.cells.reduce((n, cell) => n + cell.colspan, 0)));
  ensureSpace(doc, 3 * PDF.size.body);
  doc.font("Helvetica").fontSize(PDF.size.small);
  const options: TaggedTableOptions = {
    position: { x: box.x, y: doc.y },
    maxWidth: box.width,
    columnStyles: Array.from({ length: columns }, () => "*"),
    defaultStyle: { border: 0.5, borderColor: PDF.colour.line, padding: [4, 5], textColor: PDF.colour.ink },
    structParent: place.parent,
  };
  const table = doc.table(options);
  block.rows.forEach((row, rowIndex) => {
    table.row(
      row.cells.map((cell): TaggedCell => ({
        text: toWinAnsi(cellText(cell.blocks)),
        type: cell.header ? "TH" : "TD",
        ...(cell.header ? { scope: rowIndex === 0 ? "Column" : "Row", font: { src: "Helvetica-Bold" }, backgroundColor: PDF.colour.headerFill } : {}),
        colSpan: cell.colspan,
        rowSpan: cell.rowspan,
      })),
    );
  });
  table.end();
  doc.font("Helvetica").fontSize(PDF.size.body);
  doc.y += 8;
}
