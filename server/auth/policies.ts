import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { clusters, documents, forums, meetings, memberships } from "../../db/schema/index.js";
import type { ExtraDaysOff } from "../../shared/rules/danishCalendar.js";
import type { ForumRules } from "../../shared/rules/kommissorium.js";

/** A member's role in a forum. */
export type Role = (typeof memberships.$inferSelect)["role"];

/** Who may do what in a forum. Every route and sync connection asks here. */
export const policy = {
  /** Any membership lets a user read the forum's meetings. */
  canRead: (role: Role | null): role is Role => role !== null,
  /** Chairs and the secretariat write agendas and minutes. */
  canEdit: (role: Role | null) => role === "chair" || role === "secretariat",
};

/** A meeting together with the forum it belongs to and the user's role there. */
export interface MeetingAccess {
  meeting: typeof meetings.$inferSelect;
  forumName: string;
  documentId: string;
  role: Role;
  rules: ForumRules;
  extraDaysOff: ExtraDaysOff;
}

/** The meetings a user has a seat for, with what a caller needs to judge and show them. */
function accessQuery(db: Db, userId: string) {
  return db
    .select({ meeting: meetings, forumName: forums.name, documentId: documents.id, role: memberships.role, rules: forums.rules, extraDaysOff: clusters.extraDaysOff })
    .from(meetings)
    .innerJoin(forums, eq(forums.id, meetings.forumId))
    .innerJoin(clusters, eq(clusters.id, forums.clusterId))
    .innerJoin(documents, eq(documents.meetingId, meetings.id))
    .innerJoin(memberships, and(eq(memberships.forumId, meetings.forumId), eq(memberships.userId, userId)))
    .$dynamic();
}

async function accessWhere(db: Db, userId: string, where: ReturnType<typeof eq>): Promise<MeetingAccess | null> {
  const [row] = await accessQuery(db, userId).where(where).limit(1);
  return row && policy.canRead(row.role) ? row : null;
}

/** Every meeting the user may read, earliest first. */
export async function readableMeetings(db: Db, userId: string): Promise<MeetingAccess[]> {
  const rows = await accessQuery(db, userId).orderBy(asc(meetings.startsAt));
  return rows.filter((r) => policy.canRead(r.role));
}

/** The user's access to a meeting, or null when they may not see it (callers answer 404). */
export function meetingAccess(db: Db, userId: string, meetingId: string): Promise<MeetingAccess | null> {
  return accessWhere(db, userId, eq(meetings.id, meetingId));
}

/** The user's access to the meeting a document belongs to, or null. */
export function documentAccess(db: Db, userId: string, documentId: string): Promise<MeetingAccess | null> {
  return accessWhere(db, userId, eq(documents.id, documentId));
}
