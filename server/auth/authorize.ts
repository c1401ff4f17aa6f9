import type { Db } from "../../db/client.js";
import type { forums } from "../../db/schema/index.js";
import { DOCUMENT_ID_PATTERN } from "../../shared/protocol/limits.js";
import type { MeetingStatus } from "../../shared/rules/lifecycle.js";
import { notFound, unauthenticated } from "../errors.js";
import { findActionItem, type ActionItemView } from "../queries/actionItemList.js";
import { findAgreement, type Agreement } from "../queries/agreements.js";
import { administeredForumIds, administersAny } from "../queries/accessLogExport.js";
import { findAttachment, type AttachmentMetadata } from "../queries/attachments.js";
import { commentMeetingId } from "../queries/minuteComments.js";
import { actionItemSeat, administersInRegion, documentAccess, findForum, forumSeat, isClusterAdmin, isRegionAdmin, meetingAccess, rolesIn, type ForumSeat, type MeetingAccess } from "./access.js";
import { found, notClusterAdmin, notRegionAdmin, refused, requireRole, stepRefused } from "./refusals.js";
import { can, canChangeActionItemStatus, canTakeStep, type RoleAction } from "./roles.js";
import type { SessionUser } from "./session.js";

type User = Pick<SessionUser, "id">;
/** Who asks: a logged-in user, or null for nobody (401). */
export type Asker = User | null;

type MeetingId = { meetingId: string };
type ForumId = { forumId: string };
type ItemKey = { documentId: string; blockId: string };
/** The forums an escalation is between: where it was sent from, and where it waits now. */
export type EscalationForums = { originForumId: string; targetForumId: string | null };

/** Each action: what it is asked about, and what a granted check hands back. */
interface Actions {
  "forum.read": [ForumId, ForumSeat];
  "meeting.create": [ForumId, ForumSeat];
  "agreement.write": [ForumId, ForumSeat];
  "agreement.change": [{ agreementId: string }, Agreement];
  "meeting.read": [MeetingId, MeetingAccess];
  "meeting.edit": [MeetingId, MeetingAccess];
  "meeting.cancel": [MeetingId, MeetingAccess];
  "meeting.delete": [MeetingId, MeetingAccess];
  "meeting.transition": [MeetingId & { to: MeetingStatus }, MeetingAccess];
  "minutes.approve": [MeetingId, MeetingAccess];
  "minutes.revise": [MeetingId, MeetingAccess];
  "minutes.reopen": [MeetingId, MeetingAccess];
  "comment.write": [MeetingId, MeetingAccess];
  "comment.resolve": [{ commentId: string }, MeetingAccess];
  "attachment.add": [MeetingId, MeetingAccess];
  "attachment.read": [{ attachmentId: string }, { access: MeetingAccess; attachment: AttachmentMetadata }];
  "attachment.remove": [{ attachmentId: string }, { access: MeetingAccess; attachment: AttachmentMetadata }];
  "document.sync": [{ documentId: string }, MeetingAccess];
  "actionItem.read": [ItemKey, ActionItemView];
  "actionItem.changeStatus": [ItemKey, { meetingStatus: string }];
  "escalation.handle": [EscalationForums, void];
  "escalation.close": [EscalationForums, void];
  "forum.admin": [ForumId, typeof forums.$inferSelect];
  "cluster.admin": [{ clusterId: string }, void];
  "region.admin": [{ regionId: string }, void];
  "region.organisations": [{ regionId: string }, void];
  /** Exporting the access log: granted to anyone who runs a cluster or region; hands back the forums they may export. */
  "accessLog.export": [Record<string, never>, string[]];
}

/** Everything a user may be allowed or refused. */
export type Action = keyof Actions;
type Check<A extends Action> = (db: Db, user: User, subject: Actions[A][0]) => Promise<Actions[A][1]>;

// A meeting the user has no seat for does not exist to them (404); a seat without the role is a 403.
const onMeeting =
  (action: RoleAction, what = "Mødet") =>
  async (db: Db, user: User, { meetingId }: MeetingId) => {
    const access = found(await meetingAccess(db, user.id, meetingId), what);
    requireRole(access.role, action);
    return access;
  };

const onForum = (action: RoleAction) => async (db: Db, user: User, { forumId }: ForumId) => {
  const seat = found(await forumSeat(db, user.id, forumId), "Forummet");
  requireRole(seat.role, action);
  return seat;
};

const onAttachment = (action: RoleAction) => async (db: Db, user: User, { attachmentId }: { attachmentId: string }) => {
  const attachment = found(await findAttachment(db, attachmentId), "Bilaget");
  return { access: await onMeeting(action, "Bilaget")(db, user, { meetingId: attachment.meetingId }), attachment };
};

// Handled by the forum it waits in; closed by either end. Anyone seated at neither end is not told it exists.
const onEscalation = (action: RoleAction, forumsOf: (e: EscalationForums) => (string | null)[]) => async (db: Db, user: User, escalation: EscalationForums) => {
  const roles = await rolesIn(db, user.id, forumsOf(escalation).filter((id): id is string => id !== null));
  if (roles.length === 0) throw notFound("Eskaleringen");
  if (!roles.some((role) => can(role, action))) throw refused(action);
};

const CHECKS: { [A in Action]: Check<A> } = {
  "forum.read": onForum("forum.read"),
  "meeting.create": onForum("meeting.create"),
  "agreement.write": onForum("agreement.write"),
  // Whether an agreement exists is told before its forum's check, as the årshjul's routes always have.
  "agreement.change": async (db, user, { agreementId }) => {
    const agreement = found(await findAgreement(db, agreementId), "Aftalen");
    await onForum("agreement.write")(db, user, { forumId: agreement.forumId });
    return agreement;
  },
  "meeting.read": onMeeting("meeting.read"),
  "meeting.edit": onMeeting("meeting.edit"),
  "meeting.cancel": onMeeting("meeting.cancel"),
  "meeting.delete": onMeeting("meeting.delete"),
  "minutes.approve": onMeeting("minutes.approve"),
  "minutes.revise": onMeeting("minutes.revise"),
  "minutes.reopen": onMeeting("minutes.reopen"),
  "comment.write": onMeeting("comment.write"),
  "attachment.add": onMeeting("attachment.add"),
  "meeting.transition": async (db, user, { meetingId, to }) => {
    const access = await onMeeting("meeting.read")(db, user, { meetingId });
    if (!canTakeStep(access.role, access.meeting.status as MeetingStatus, to)) throw stepRefused();
    return access;
  },
  "comment.resolve": async (db, user, { commentId }) => {
    const meetingId = found(await commentMeetingId(db, commentId), "Bemærkningen");
    return onMeeting("comment.resolve")(db, user, { meetingId });
  },
  "attachment.read": onAttachment("attachment.read"),
  "attachment.remove": onAttachment("attachment.remove"),
  "document.sync": async (db, user, { documentId }) => {
    // A malformed id is answered like an unknown one, before it reaches the database.
    const access = found(DOCUMENT_ID_PATTERN.test(documentId) ? await documentAccess(db, user.id, documentId) : null, "Dokumentet");
    requireRole(access.role, "document.sync");
    return access;
  },
  "actionItem.read": async (db, user, key) => found(await findActionItem(db, user.id, key), "Aktionspunktet"),
  "actionItem.changeStatus": async (db, user, key) => {
    const item = found(await actionItemSeat(db, user.id, key), "Aktionspunktet");
    if (!canChangeActionItemStatus(item.role, item, user.id)) throw refused("actionItem.changeStatus");
    return item;
  },
  "escalation.handle": onEscalation("escalation.handle", (e) => [e.targetForumId]),
  "escalation.close": onEscalation("escalation.close", (e) => [e.originForumId, e.targetForumId]),
  "forum.admin": async (db, user, { forumId }) => {
    const forum = found(await findForum(db, forumId), "Forummet");
    // A region-wide body belongs to no cluster: its region's administrators run it.
    if (forum.clusterId === null) await CHECKS["region.admin"](db, user, { regionId: forum.regionId });
    else await CHECKS["cluster.admin"](db, user, { clusterId: forum.clusterId });
    return forum;
  },
  "cluster.admin": async (db, user, { clusterId }) => {
    if (!(await isClusterAdmin(db, user.id, clusterId))) throw notClusterAdmin();
  },
  "region.admin": async (db, user, { regionId }) => {
    if (!(await isRegionAdmin(db, user.id, regionId))) throw notRegionAdmin();
  },
  "region.organisations": async (db, user, { regionId }) => {
    if (!(await administersInRegion(db, user.id, regionId))) throw notClusterAdmin();
  },
  "accessLog.export": async (db, user) => {
    if (!(await administersAny(db, user.id))) throw notClusterAdmin();
    return administeredForumIds(db, user.id);
  },
};

/**
 * The one question every route and command asks before acting: may `user`
 * take `action` on `subject`? Throws 401 for nobody, 404 for what the user
 * may not know exists (no seat in its forum), 403 for what they may see but
 * not do, each with the Danish message the client shows; otherwise returns
 * what the check loaded (the meeting with the user's role, the forum seat, …).
 */
export async function authorize<A extends Action>(db: Db, user: Asker, action: A, subject: Actions[A][0]): Promise<Actions[A][1]> {
  if (!user) throw unauthenticated();
  return CHECKS[action](db, user, subject);
}
