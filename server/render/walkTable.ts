import type { DocJSON } from "../../shared/blocks/types.js";
import type { Block, TableCell, TableRow } from "./layout.js";

const span = (value: unknown): number => (typeof value === "number" && Number.isInteger(value) && value > 1 ? Math.min(value, 50) : 1);

/**
 * A table node as render blocks: its rows and cells in order, header cells
 * marked, spans kept. `blocksOf` renders a cell's content (passed in, so the
 * walk over the whole document stays in one module). A table whose every
 * cell is empty leaves nothing behind.
 */
export function tableOf(node: DocJSON, blocksOf: (child: DocJSON) => Block[]): Block[] {
  const rows: TableRow[] = (node.content ?? [])
    .filter((row) => row.type === "tableRow")
    .map((row) => ({
      cells: (row.content ?? []).map(
        (cell): TableCell => ({
          header: cell.type === "tableHeader",
          colspan: span(cell.attrs?.colspan),
          rowspan: span(cell.attrs?.rowspan),
          blocks: (cell.content ?? []).flatMap(blocksOf),
        }),
      ),
    }))
    .filter((row) => row.cells.length > 0);
  return rows.some((row) => row.cells.some((cell) => cell.blocks.length > 0)) ? [{ kind: "table", rows }] : [];
}
