import type { ActionItemView } from "../queries/actionItemList.js";

const HEADER = ["Forum", "Møde", "Mødedato", "Punkt", "Aktionspunkt", "Ansvarlig", "Frist", "Status", "Overskredet"];

function cell(value: string): string {
  // Excel would run a cell starting with = + - @ as a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function danishDate(iso: string | null): string {
  if (!iso) return "";
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}-${m}-${y}`;
}

/** The action items as CSV that Excel in Danish opens as-is: UTF-8 with BOM, semicolons, CRLF. */
export function actionItemsCsv(items: ActionItemView[]): string {
  const rows = items.map((a) => [
    a.forum.name,
    a.meeting.title,
    danishDate(a.meeting.startsAt),
    a.agendaItem ? `Punkt ${a.agendaItem.number}: ${a.agendaItem.title}` : "",
    a.text,
    a.owner.name ?? "",
    a.due.date ? danishDate(a.due.date) : a.due.kind === "naeste_moede" ? "Næste møde" : (a.due.condition ?? ""),
    a.status,
    a.overdue ? "ja" : "nej",
  ]);
  return `\uFEFF${[HEADER, ...rows].map((r) => r.map(cell).join(";")).join("\r\n")}\r\n`;
}
