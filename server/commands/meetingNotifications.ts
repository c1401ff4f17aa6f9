import { eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client.js";
import { memberships, users } from "../../db/schema/index.js";
import { meetingForumIds } from "../../shared/rules/jointMeeting.js";
import { isReadableInstant } from "../../shared/rules/meetingDates.js";
import { formatDanishDateTime } from "../render/index.js";
import { enqueueMail } from "../mail/outbox.js";
import { lockMeeting, type LockedMeeting } from "./versionFreezer.js";

const MESSAGES = {
  dagsorden_udsendt: { subject: "Dagsorden", text: "Dagsordenen er udsendt for" },
  referat_udsendt: { subject: "Referat til bemærkninger", text: "Referatet er udsendt til bemærkninger for" },
  offentliggjort: { subject: "Referat offentliggjort", text: "Det godkendte referat er offentliggjort for" },
  genaabnet: { subject: "Referat genåbnet", text: "Det godkendte referat er genåbnet til rettelse for" },
  aflyst: { subject: "Mødet er aflyst", text: "Dette møde er aflyst:" },
} as const;

/** The steps members are told about by e-mail. */
export type NotifiedStep = keyof typeof MESSAGES;

/** True for lifecycle steps that notify the forum's members. */
export function isNotifiedStep(step: string): step is NotifiedStep {
  return step in MESSAGES;
}

/**
 * Queues an e-mail to every member of the meeting's forums about a step of
 * its lifecycle, with a link to it, in the step's own transaction: the mails
 * go out exactly when the step is committed.
 */
export async function notifyMembers(tx: Tx, locked: LockedMeeting, step: NotifiedStep, origin: string, reason?: string): Promise<number> {
  const { meeting, forumName } = locked;
  // The members of both forums of a joint meeting, each once.
  const people = await tx
    .selectDistinct({ email: users.email, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(inArray(memberships.forumId, meetingForumIds(meeting)));
  const { subject, text } = MESSAGES[step];
  const when = isReadableInstant(meeting.startsAt) ? formatDanishDateTime(meeting.startsAt) : "tidspunkt ukendt";
  const why = reason ? `\n\nBegrundelse: ${reason}` : "";
  for (const person of people) {
    await enqueueMail(tx, {
      to: person.email,
      subject: `${subject}: ${forumName}, ${when}`,
      body: `Kære ${person.name}\n\n${text} ${meeting.title} (${forumName}, ${when}).${why}\n\n${origin}/m/${meeting.id}\n\nVenlig hilsen\nMødebord`,
    });
  }
  return people.length;
}

/** Queues an e-mail to every member of the meeting's forum that the meeting is cancelled, and why, in the cancellation's transaction. */
export async function notifyCancellation(tx: Tx, meetingId: string, reason: string, origin: string): Promise<number> {
  return notifyMembers(tx, await lockMeeting(tx, meetingId), "aflyst", origin, reason);
}
