import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { forums, meetings, memberships, users } from "../../db/schema/index.js";
import { formatDanishDateTime } from "../render/index.js";
import { enqueueMail, type Mail } from "../mail/outbox.js";
import { isReadableInstant } from "../../shared/rules/meetingDates.js";

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

interface MailContext {
  title: string;
  forumName: string;
  /** The meeting's time in Danish words. */
  when: string;
  link: string;
}

/** Queues one e-mail per member of the meeting's forum, all in one transaction; returns how many. */
async function mailMembers(db: Db, meetingId: string, origin: string, compose: (meeting: MailContext, name: string) => Omit<Mail, "to">): Promise<number> {
  const [meeting] = await db.select({ title: meetings.title, startsAt: meetings.startsAt, forumId: meetings.forumId, forumName: forums.name }).from(meetings).innerJoin(forums, eq(forums.id, meetings.forumId)).where(eq(meetings.id, meetingId));
  const people = await db.select({ email: users.email, name: users.name }).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(eq(memberships.forumId, meeting.forumId));
  const context = { title: meeting.title, forumName: meeting.forumName, when: isReadableInstant(meeting.startsAt) ? formatDanishDateTime(meeting.startsAt) : "tidspunkt ukendt", link: `${origin}/m/${meetingId}` };
  await db.transaction(async (tx) => {
    for (const person of people) await enqueueMail(tx, { to: person.email, ...compose(context, person.name) });
  });
  return people.length;
}

/** Queues an e-mail to every member of the meeting's forum about a step of its lifecycle, with a link to it. */
export function notifyMembers(db: Db, meetingId: string, step: NotifiedStep, origin: string): Promise<number> {
  const { subject, text } = MESSAGES[step];
  return mailMembers(db, meetingId, origin, (m, name) => ({
    subject: `${subject}: ${m.forumName}, ${m.when}`,
    body: `Kære ${name}\n\n${text} for ${m.title} (${m.forumName}, ${m.when}).\n\n${m.link}\n\nVenlig hilsen\nMødebord`,
  }));
}

/** Queues an e-mail to every member of the meeting's forum that the meeting is cancelled, and why. */
export function notifyCancellation(db: Db, meetingId: string, reason: string, origin: string): Promise<number> {
  return mailMembers(db, meetingId, origin, (m, name) => ({
    subject: `Mødet er aflyst: ${m.forumName}, ${m.when}`,
    body: `Kære ${name}\n\n${m.title} (${m.forumName}, ${m.when}) er aflyst.\n\nBegrundelse: ${reason}\n\n${m.link}\n\nVenlig hilsen\nMødebord`,
  }));
}
