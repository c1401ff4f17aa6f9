/**
 * One CSV cell, safe to open in a spreadsheet: a value Excel would run as a
 * formula (starting with = + - @, a tab or a carriage return) is prefixed
 * with an apostrophe, and a value with a separator, quote or line break is quoted.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV that Excel in Danish opens as-is: UTF-8 with BOM, semicolons, CRLF. */
export function csvDocument(header: string[], rows: string[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(";")).join("\r\n")}\r\n`;
}
