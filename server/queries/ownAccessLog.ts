import { and, desc, eq, isNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { accessLog, attendees, forums, meetings, memberships, users } from "../../db/schema/index.js";
import type { AccessAction, AccessSubject, OwnAccessEntry } from "../../shared/audit/vocabulary.js";

/** One page of a person's own access log, and where the next (older) page starts. */
export interface OwnAccessPage {
  entries: OwnAccessEntry[];
  /** The `before` of the next page; null on the last. */
  nextBefore: number | null;
}

/**
 * Who has read or changed meetings the person appears in, newest first: a
 * meeting they are an attendee of, or one of a forum they sit in (either
 * forum of a joint meeting). Their own accesses are left out; they know
 * those. Paged: `before` is the id of the previous page's last entry.
 */
export async function ownAccessLog(db: Db, userId: string, page: { before?: number; limit: number }): Promise<OwnAccessPage> {
  const attending = db
    .select({ id: attendees.meetingId })
    .from(attendees)
    .where(and(eq(attendees.userId, userId), isNull(attendees.removedAt)));
  const seated = db
    .select({ id: meetings.id })
    .from(meetings)
    .innerJoin(memberships, and(eq(memberships.userId, userId), or(eq(memberships.forumId, meetings.forumId), eq(memberships.forumId, meetings.jointForumId))));
  const rows = await db
    .select({
      id: accessLog.id,
      at: accessLog.at,
      person: users.name,
      action: accessLog.action,
      subject: accessLog.subject,
      detail: accessLog.detail,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      forumId: forums.id,
      forumName: forums.name,
    })
    .from(accessLog)
    .innerJoin(meetings, eq(meetings.id, accessLog.meetingId))
    .leftJoin(forums, eq(forums.id, accessLog.forumId))
    .leftJoin(users, eq(users.id, accessLog.userId))
    .where(
      and(
        sql`${accessLog.meetingId} in (${attending} union ${seated})`,
        or(isNull(accessLog.userId), ne(accessLog.userId, userId)),
        // After the previous page's last entry, in the same order (time, then id for entries of one instant).
        page.before === undefined ? undefined : sql`(${accessLog.at}, ${accessLog.id}) < (select at, id from ${accessLog} where id = ${page.before})`,
      ),
    )
    .orderBy(desc(accessLog.at), desc(accessLog.id))
    .limit(page.limit + 1);
  const entries = rows.slice(0, page.limit).map(
    (r): OwnAccessEntry => ({
      id: r.id,
      at: r.at.toISOString(),
      person: r.person,
      action: r.action as AccessAction,
      subject: r.subject as AccessSubject,
      detail: r.detail,
      meeting: { id: r.meetingId, title: r.meetingTitle },
      forum: r.forumId && r.forumName ? { id: r.forumId, name: r.forumName } : null,
    }),
  );
  return { entries, nextBefore: rows.length > page.limit ? entries.at(-1)!.id : null };
}
