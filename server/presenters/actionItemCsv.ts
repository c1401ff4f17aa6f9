import type { ActionItemView } from "../queries/actionItemList.js";
import { csvDocument } from "./csv.js";

const HEADER = ["Forum", "Møde", "Mødedato", "Punkt", "Aktionspunkt", "Ansvarlig", "Frist", "Status", "Overskredet"];

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
  return csvDocument(HEADER, rows);
}
