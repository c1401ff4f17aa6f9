import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { forums, meetings, memberships, users } from "../../db/schema/index.js";
import { formatDanishDateTime } from "../render/index.js";
import { enqueueMail } from "../mail/outbox.js";

const MESSAGES = {
  dagsorden_udsendt: { subject: "Dagsorden", text: "Dagsordenen er udsendt" },
  referat_udsendt: { subject: "Referat til bemærkninger", text: "Referatet er udsendt til bemærkninger" },
  offentliggjort: { subject: "Referat offentliggjort", text: "Det godkendte referat er offentliggjort" },
} as const;

/** The steps members are told about by e-mail. */
export type NotifiedStep = keyof typeof MESSAGES;

/** True for lifecycle steps that notify the forum's members. */
export function isNotifiedStep(step: string): step is NotifiedStep {
  return step in MESSAGES;
}

/** Queues an e-mail to every member of the meeting's forum about a step of its lifecycle, with a link to it. */
export async function notifyMembers(db: Db, meetingId: string, step: NotifiedStep, origin: string): Promise<number> {
  const [meeting] = await db.select({ title: meetings.title, startsAt: meetings.startsAt, forumId: meetings.forumId, forumName: forums.name }).from(meetings).innerJoin(forums, eq(forums.id, meetings.forumId)).where(eq(meetings.id, meetingId));
  const people = await db.select({ email: users.email, name: users.name }).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(eq(memberships.forumId, meeting.forumId));
  const { subject, text } = MESSAGES[step];
  const when = formatDanishDateTime(meeting.startsAt);
  await db.transaction(async (tx) => {
    for (const person of people) {
      await enqueueMail(tx, {
        to: person.email,
        subject: `${subject}: ${meeting.forumName}, ${when}`,
        body: `Kære ${person.name}\n\n${text} for ${meeting.title} (${meeting.forumName}, ${when}).\n\n${origin}/m/${meetingId}\n\nVenlig hilsen\nMødebord`,
      });
    }
  });
  return people.length;
}
