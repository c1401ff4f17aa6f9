import type { Node as PMNode } from "@tiptap/pm/model";
import { ATTENDEE_ROLES, oneOf, type AttendeeRole } from "../../../shared/editor/vocabulary.js";

/** One person on the participants list, with where the attendee node sits. */
export interface AttendeeEntry {
  /** Offset of the attendee inside the attendance node's content. */
  offset: number;
  id: string;
  name: string;
  organisation: string | null;
  role: AttendeeRole;
  present: boolean;
}

/** The list as the minutes print it: present participants, apologies (afbud), and the secretariat apart. */
export interface AttendanceGroups {
  present: AttendeeEntry[];
  absent: AttendeeEntry[];
  secretariat: AttendeeEntry[];
}

/** Groups the attendees of an attendance node, keeping document order within each group. */
export function attendanceGroups(attendance: PMNode): AttendanceGroups {
  const groups: AttendanceGroups = { present: [], absent: [], secretariat: [] };
  attendance.forEach((child, offset) => {
    const a = child.attrs;
    const entry: AttendeeEntry = {
      offset,
      id: typeof a.id === "string" ? a.id : String(offset),
      name: typeof a.name === "string" ? a.name : "",
      organisation: typeof a.organisation === "string" && a.organisation ? a.organisation : null,
      role: oneOf(ATTENDEE_ROLES, a.role, "medlem"),
      present: a.present !== false,
    };
    if (entry.role === "sekretariat") groups.secretariat.push(entry);
    else if (entry.present) groups.present.push(entry);
    else groups.absent.push(entry);
  });
  return groups;
}
