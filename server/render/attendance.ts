import type { DocJSON } from "../../shared/blocks/types.js";
import { ATTENDEE_ROLES, oneOf } from "../../shared/editor/vocabulary.js";
import type { AttendanceGroup } from "./layout.js";

function line(name: string, organisation: string | null, notes: string[]): string {
  const base = organisation ? `${name}, ${organisation}` : name;
  return notes.length > 0 ? `${base} (${notes.join(", ")})` : base;
}

/**
 * The participants list as the forums print it: those present (co-chairs and
 * guests noted), those with afbud, and the secretariat apart. Empty groups are left out.
 */
export function groupAttendance(attendance: DocJSON): AttendanceGroup[] {
  const groups: Record<AttendanceGroup["label"], string[]> = { Deltagere: [], Afbud: [], Sekretariat: [] };
  for (const node of attendance.content ?? []) {
    if (node.type !== "attendee") continue;
    const a = node.attrs ?? {};
    const name = typeof a.name === "string" ? a.name.trim() : "";
    if (!name) continue;
    const organisation = typeof a.organisation === "string" && a.organisation.trim() ? a.organisation.trim() : null;
    const role = oneOf(ATTENDEE_ROLES, a.role, "medlem");
    const present = a.present !== false;
    if (role === "sekretariat") {
      groups.Sekretariat.push(line(name, organisation, present ? [] : ["afbud"]));
      continue;
    }
    const notes = role === "medformand" || role === "gæst" ? [role] : [];
    groups[present ? "Deltagere" : "Afbud"].push(line(name, organisation, notes));
  }
  return (Object.keys(groups) as AttendanceGroup["label"][]).filter((label) => groups[label].length > 0).map((label) => ({ label, people: groups[label] }));
}
