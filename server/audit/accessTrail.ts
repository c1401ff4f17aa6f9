import type { Context } from "hono";
import type { AccessAction, AccessSubject } from "../../shared/audit/vocabulary.js";

/** What a route notes about one access; who and from where are added by the middleware. */
export interface AccessNote {
  action: AccessAction;
  subject: AccessSubject;
  subjectId?: string | null;
  meetingId?: string | null;
  forumId?: string | null;
  /**
   * The meeting document touched, when the route does not know its meeting:
   * the writer looks the meeting and its forum up.
   */
  documentId?: string | null;
  /** A short Danish description: "Mødets historik", "Referat, version 2 (PDF)". */
  detail: string;
  /** The acting user when the request has no session (a calendar feed's token names them). */
  userId?: string;
}

/**
 * The accesses one request noted. Made by the access-log middleware for
 * every request it sees and written by it once the answer is ready, so a
 * route only says what it touched, right after `authorize()` let it.
 */
export class AccessTrail {
  readonly notes: AccessNote[] = [];

  /** Records that the request touched `note.subject`. */
  note(note: AccessNote): void {
    this.notes.push(note);
  }
}

/**
 * Notes an access on the request's trail. Throws when the access-log
 * middleware is not in front of the route: an access that cannot be logged
 * must not pass unnoticed.
 */
export function noteAccess(c: Context, note: AccessNote): void {
  const trail = c.get("accessTrail") as AccessTrail | undefined;
  if (!trail) throw new Error(`no access-log middleware in front of ${c.req.method} ${c.req.path}`);
  trail.note(note);
}

/** The parts of a meeting an access is noted against. */
type MeetingRef = { meeting: { id: string; forumId: string } };

/** Notes an access to a meeting (or a part of it) the user was just authorized for. */
export function noteMeeting(c: Context, action: AccessAction, { meeting }: MeetingRef, detail: string, subject: AccessSubject = "meeting", subjectId: string | null = meeting.id): void {
  noteAccess(c, { action, subject, subjectId, meetingId: meeting.id, forumId: meeting.forumId, detail });
}

/** Notes an access to a forum (or something of it, such as an agreement) the user was just authorized for. */
export function noteForum(c: Context, action: AccessAction, forumId: string, detail: string, subject: AccessSubject = "forum", subjectId: string = forumId): void {
  noteAccess(c, { action, subject, subjectId, forumId, detail });
}
