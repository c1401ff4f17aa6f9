/** A number with `digits` decimals, or "–" when missing. */
export const fixed = (v: number | undefined, digits = 1): string => (v === undefined || Number.isNaN(v) ? "–" : v.toFixed(digits));

/** A rounded number with thousands separators, or "–". */
export const whole = (v: number | undefined): string => (v === undefined ? "–" : Math.round(v).toLocaleString("en-US"));

/** Bytes as whole mebibytes, or "–". */
export const mebibytes = (bytes: number | undefined): string => (bytes === undefined ? "–" : (bytes / 2 ** 20).toFixed(0));

/** a / b as "1.23×", or "–" when either is missing. */
export const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || b === 0 ? "–" : `${(a / b).toFixed(2)}×`;

/** A Markdown table. */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), `|${header.map(() => "---").join("|")}|`, ...rows.map(line)].join("\n");
}
