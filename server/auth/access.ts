import { and, asc, eq, inArray, or, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { actionItems, clusterAdmins, clusters, documents, forums, meetings, memberships, regionAdmins, regions } from "../../db/schema/index.js";
import type { ExtraDaysOff } from "../../shared/rules/danishCalendar.js";
import type { ForumRules } from "../../shared/rules/kommissorium.js";
import { forumDaysOff, jointForums } from "../queries/forumPlace.js";
import { can, type Role } from "./roles.js";

/** A meeting together with the forum it belongs to and the user's role there. */
export interface MeetingAccess {
  meeting: typeof meetings.$inferSelect;
  forumName: string;
  /** The forum a joint meeting (fællesmøde) is held with; null for a meeting of one forum. */
  jointForumName: string | null;
  /** The forum whose seat gives the user their role: the meeting's own, or the joint forum. */
  seatForumId: string;
  documentId: string;
  role: Role;
  rules: ForumRules;
  extraDaysOff: ExtraDaysOff;
  /** False when the forum's deadlines only "tilstræbes". */
  deadlinesFirm: boolean;
}

/**
 * The meetings a user has a seat for, with what a caller needs to judge and
 * show them. A seat in either forum of a joint meeting opens it, so someone
 * seated in both gets a row for each: callers keep the stronger (`strongestSeats`).
 */
function accessQuery(db: Db, userId: string) {
  return db
    .select({
      meeting: meetings,
      forumName: forums.name,
      jointForumName: jointForums.name,
      seatForumId: memberships.forumId,
      documentId: documents.id,
      role: memberships.role,
      rules: forums.rules,
      extraDaysOff: forumDaysOff,
      deadlinesFirm: forums.deadlinesFirm,
    })
    .from(meetings)
    .innerJoin(forums, eq(forums.id, meetings.forumId))
    .leftJoin(jointForums, eq(jointForums.id, meetings.jointForumId))
    .leftJoin(clusters, eq(clusters.id, forums.clusterId))
    .innerJoin(regions, eq(regions.id, forums.regionId))
    .innerJoin(documents, eq(documents.meetingId, meetings.id))
    .innerJoin(memberships, and(eq(memberships.userId, userId), or(eq(memberships.forumId, meetings.forumId), eq(memberships.forumId, meetings.jointForumId))))
    .$dynamic();
}

// Editors outrank voting members, who outrank observers. A chair in one forum and a secretary in the
// other are not comparable by rank: the seat in the meeting's own forum decides then.
const RANK: Record<Role, number> = { chair: 2, secretariat: 2, member: 1, observer: 0 };
const seatStrength = (role: Role, seatForumId: string, forumId: string) => RANK[role] * 2 + (seatForumId === forumId ? 1 : 0);
const strength = (row: MeetingAccess) => seatStrength(row.role, row.seatForumId, row.meeting.forumId);

/** One row per meeting, in the order first seen: the stronger seat of someone seated in both forums of a joint meeting. */
function strongestSeats(rows: MeetingAccess[]): MeetingAccess[] {
  const best = new Map<string, MeetingAccess>();
  for (const row of rows) {
    const seen = best.get(row.meeting.id);
    if (!seen || strength(row) > strength(seen)) best.set(row.meeting.id, row);
  }
  return [...best.values()];
}

async function accessWhere(db: Db, userId: string, where: SQL): Promise<MeetingAccess | null> {
  return strongestSeats(await accessQuery(db, userId).where(where))[0] ?? null;
}

/** Every meeting the user may read, earliest first: those of their forums and those held jointly with them. */
export async function readableMeetings(db: Db, userId: string): Promise<MeetingAccess[]> {
  const rows = strongestSeats(await accessQuery(db, userId).orderBy(asc(meetings.startsAt), asc(meetings.id)));
  return rows.filter((r) => can(r.role, "meeting.read"));
}

/** The user's seat for a meeting (in its forum or its joint forum, the stronger), or null when they have none. */
export function meetingAccess(db: Db, userId: string, meetingId: string): Promise<MeetingAccess | null> {
  return accessWhere(db, userId, eq(meetings.id, meetingId));
}

/** The user's seat for the meeting a document belongs to, or null. */
export function documentAccess(db: Db, userId: string, documentId: string): Promise<MeetingAccess | null> {
  return accessWhere(db, userId, eq(documents.id, documentId));
}

/** The forums the user has a seat in. */
export async function seatedForumIds(db: Db, userId: string): Promise<string[]> {
  const seats = await db.select({ forumId: memberships.forumId }).from(memberships).where(eq(memberships.userId, userId));
  return seats.map((s) => s.forumId);
}

/** The condition for meetings whose members include those of `forumIds`: held by one of them, or jointly with one. */
export function meetingsOfForums(forumIds: string[]): SQL {
  return or(inArray(meetings.forumId, forumIds), inArray(meetings.jointForumId, forumIds))!;
}

/** A user's seat in a forum. */
export interface ForumSeat {
  role: Role;
  forumName: string;
}

/** The user's seat in a forum, or null. */
export async function forumSeat(db: Db, userId: string, forumId: string): Promise<ForumSeat | null> {
  const [row] = await db
    .select({ role: memberships.role, forumName: forums.name })
    .from(memberships)
    .innerJoin(forums, eq(forums.id, memberships.forumId))
    .where(and(eq(memberships.forumId, forumId), eq(memberships.userId, userId)));
  return row ?? null;
}

/** The user's roles in those of `forumIds` they sit in. */
export async function rolesIn(db: Db, userId: string, forumIds: string[]): Promise<Role[]> {
  if (forumIds.length === 0) return [];
  const rows = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), inArray(memberships.forumId, forumIds)));
  return rows.map((r) => r.role);
}

/** A forum row, or null. */
export async function findForum(db: Db, forumId: string) {
  const [forum] = await db.select().from(forums).where(eq(forums.id, forumId));
  return forum ?? null;
}

/** Whether the user administers the region. */
export async function isRegionAdmin(db: Db, userId: string, regionId: string): Promise<boolean> {
  const [row] = await db.select().from(regionAdmins).where(and(eq(regionAdmins.regionId, regionId), eq(regionAdmins.userId, userId)));
  return row !== undefined;
}

/** The cluster's region; null when there is no such cluster. */
export async function clusterRegion(db: Db, clusterId: string): Promise<string | null> {
  const [row] = await db.select({ regionId: clusters.regionId }).from(clusters).where(eq(clusters.id, clusterId));
  return row?.regionId ?? null;
}

/** Whether the user administers the cluster, directly or as an administrator of its region. */
export async function isClusterAdmin(db: Db, userId: string, clusterId: string): Promise<boolean> {
  const [row] = await db.select().from(clusterAdmins).where(and(eq(clusterAdmins.clusterId, clusterId), eq(clusterAdmins.userId, userId)));
  if (row) return true;
  const regionId = await clusterRegion(db, clusterId);
  return regionId !== null && (await isRegionAdmin(db, userId, regionId));
}

/** Whether the user administers the region or any cluster in it (and so may see and add its organisations). */
export async function administersInRegion(db: Db, userId: string, regionId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: clusters.id })
    .from(clusterAdmins)
    .innerJoin(clusters, eq(clusters.id, clusterAdmins.clusterId))
    .where(and(eq(clusterAdmins.userId, userId), eq(clusters.regionId, regionId)))
    .limit(1);
  return row !== undefined || (await isRegionAdmin(db, userId, regionId));
}

/** An action item with its owner, its meeting's state and the user's role in its forum; null when they have no seat there. */
export async function actionItemSeat(db: Db, userId: string, key: { documentId: string; blockId: string }) {
  const rows = await db
    .select({ ownerKind: actionItems.ownerKind, ownerId: actionItems.ownerId, role: memberships.role, meetingStatus: meetings.status, seatForumId: memberships.forumId, forumId: meetings.forumId })
    .from(actionItems)
    .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .innerJoin(memberships, and(eq(memberships.userId, userId), or(eq(memberships.forumId, meetings.forumId), eq(memberships.forumId, meetings.jointForumId))))
    .where(and(eq(actionItems.documentId, key.documentId), eq(actionItems.id, key.blockId)));
  // Seated in both forums of a joint meeting: the stronger seat counts, as for the meeting itself.
  const [best] = rows.sort((a, b) => seatStrength(b.role, b.seatForumId, b.forumId) - seatStrength(a.role, a.seatForumId, a.forumId));
  return best ? { ownerKind: best.ownerKind, ownerId: best.ownerId, role: best.role, meetingStatus: best.meetingStatus } : null;
}
