import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { agreements, forums, memberships, organisations, users } from "../../db/schema/index.js";
import { copenhagenDate } from "../../shared/rules/copenhagenTime.js";
import { meetingForumIds } from "../../shared/rules/jointMeeting.js";
import type { AttendeeInput } from "../../shared/editor/build.js";
import { agendaTemplate } from "./agendaTemplate.js";
import { createMeeting, type NewMeeting } from "./meetingCreator.js";

const ATTENDEE_ROLE = { chair: "medformand", secretariat: "sekretariat", member: "medlem" } as const;

/**
 * The seated people of the meeting's forums (both, for a joint meeting) as
 * participants: chairs first, then members, then the secretariat; someone
 * seated in both forums once, by their first role in that order.
 */
async function participants(db: Db, forumIds: string[]): Promise<AttendeeInput[]> {
  const rows = await db
    .select({ userId: users.id, name: users.name, role: memberships.role, organisation: organisations.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(organisations, eq(organisations.id, sql`coalesce(${memberships.organisationId}, ${users.organisationId})`))
    .where(and(inArray(memberships.forumId, forumIds), inArray(memberships.role, ["chair", "member", "secretariat"])))
    .orderBy(asc(users.name));
  const order = { chair: 0, member: 1, secretariat: 2, observer: 3 };
  const seen = new Set<string>();
  return rows
    .sort((a, b) => order[a.role] - order[b.role])
    .filter((r) => {
      if (seen.has(r.userId)) return false;
      seen.add(r.userId);
      return true;
    })
    .map((r) => ({ userId: r.userId, name: r.name, organisation: r.organisation, role: ATTENDEE_ROLE[r.role as keyof typeof ATTENDEE_ROLE] }));
}

/** Plans a meeting of a forum (with a joint forum, if named) with an agenda made from its standing items, members and årshjul. */
export async function planMeeting(db: Db, input: Omit<NewMeeting, "content">) {
  const [forum] = await db.select().from(forums).where(eq(forums.id, input.forumId));
  if (!forum) throw new Error(`forum ${input.forumId} not found`);
  const month = Number(copenhagenDate(input.startsAt).slice(5, 7));
  const due = await db.select({ name: agreements.name }).from(agreements).where(and(eq(agreements.forumId, forum.id), eq(agreements.reviewMonth, month))).orderBy(asc(agreements.name));
  const content = agendaTemplate({
    forumName: forum.name,
    standingItems: forum.standingItems,
    participants: await participants(db, meetingForumIds({ forumId: forum.id, jointForumId: input.jointForumId ?? null })),
    reviews: due.map((a) => a.name),
  });
  return createMeeting(db, { ...input, content });
}
