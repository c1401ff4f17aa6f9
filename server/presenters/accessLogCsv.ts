import { ACCESS_SUBJECT_LABELS_DA, type AccessAction, type AccessSubject } from "../../shared/audit/vocabulary.js";
import { danishDateTime } from "../../shared/rules/danishDateText.js";
import { csvDocument } from "./csv.js";

const HEADER = ["Tidspunkt", "Tidsstempel (UTC)", "Person", "E-mail", "Handling", "Emne", "Beskrivelse", "Møde", "Forum", "IP-adresse"];

const ACTIONS: Record<AccessAction, string> = { read: "Læsning", change: "Ændring", admin: "Administration" };

const SUBJECTS = ACCESS_SUBJECT_LABELS_DA;

/** An access-log entry as the export reads it. */
export interface ExportedEntry {
  at: Date;
  person: string | null;
  email: string | null;
  action: string;
  subject: string;
  detail: string | null;
  meetingTitle: string | null;
  forumName: string | null;
  ip: string | null;
}

/**
 * The access log as CSV for Excel (see `csvDocument`): the time as Danes
 * write it and exactly in UTC, who, what and where. Every cell is guarded
 * against formula injection: titles, names and details are user input.
 */
export function accessLogCsv(entries: ExportedEntry[]): string {
  const rows = entries.map((e) => [
    danishDateTime(e.at),
    e.at.toISOString(),
    e.person ?? "Slettet bruger",
    e.email ?? "",
    ACTIONS[e.action as AccessAction] ?? e.action,
    SUBJECTS[e.subject as AccessSubject] ?? e.subject,
    e.detail ?? "",
    e.meetingTitle ?? "",
    e.forumName ?? "",
    e.ip ?? "",
  ]);
  return csvDocument(HEADER, rows);
}
