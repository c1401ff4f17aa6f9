import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from "docx";
import type { Block } from "../layout.js";
import { DOCX } from "./docxStyle.js";

const line = { style: BorderStyle.SINGLE, size: 4, color: DOCX.colour.line };

/**
 * A table as a Word table across the page: thin borders, a first row of
 * header cells repeated on every page and tinted, spans kept. `content`
 * renders a cell's blocks (passed in, so block rendering stays in one module);
 * a cell left empty still gets the paragraph Word requires.
 */
export function docxTable(block: Extract<Block, { kind: "table" }>, content: (blocks: Block[]) => (Paragraph | Table)[]): Table {
  const rows = block.rows.map(
    (row, index) =>
      new TableRow({
        // Only set when true: Word (and mammoth) read a written "false" as a header row too.
        ...(index === 0 && row.cells.every((cell) => cell.header) ? { tableHeader: true } : {}),
        children: row.cells.map((cell) => {
          const children = content(cell.blocks);
          return new TableCell({
            children: children.length > 0 ? children : [new Paragraph({})],
            columnSpan: cell.colspan,
            rowSpan: cell.rowspan,
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            shading: cell.header ? { type: ShadingType.CLEAR, color: "auto", fill: DOCX.colour.headerFill } : undefined,
          });
        }),
      }),
  );
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows,
  });
}
