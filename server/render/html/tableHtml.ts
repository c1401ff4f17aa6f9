import type { Block, TableCell, TableRow } from "../layout.js";

function cellHtml(cell: TableCell, inHead: boolean, content: (blocks: Block[]) => string): string {
  const tag = cell.header ? "th" : "td";
  const scope = cell.header ? ` scope="${inHead ? "col" : "row"}"` : "";
  const spans = `${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ""}${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ""}`;
  return `<${tag}${scope}${spans}>${content(cell.blocks)}</${tag}>`;
}

const rowHtml = (row: TableRow, inHead: boolean, content: (blocks: Block[]) => string): string => `<tr>${row.cells.map((cell) => cellHtml(cell, inHead, content)).join("")}</tr>`;

/**
 * A table as HTML: a first row of header cells becomes the <thead> and heads
 * its columns; header cells further down head their row. `content` renders a
 * cell's blocks (passed in, so block rendering stays in one module).
 */
export function tableHtml(block: Extract<Block, { kind: "table" }>, content: (blocks: Block[]) => string): string {
  const [first, ...rest] = block.rows;
  const hasHead = first !== undefined && first.cells.every((cell) => cell.header);
  const head = hasHead ? `<thead>${rowHtml(first, true, content)}</thead>` : "";
  const body = (hasHead ? rest : block.rows).map((row) => rowHtml(row, false, content)).join("");
  return `<table>${head}${body ? `<tbody>${body}</tbody>` : ""}</table>`;
}
