import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { escalations, forums, meetings } from "../../db/schema/index.js";
import {
  ESCALATION_MOVE_RULES,
  ESCALATION_STATE_LABELS,
  canMoveEscalation,
  parseEscalationState,
  type EscalationMove,
  type EscalationState,
} from "../../shared/rules/escalationStates.js";
import { isHeld } from "../../shared/rules/heldMeeting.js";
import { AppError, notFound } from "../errors.js";

/** Identifies an escalation block. */
export interface EscalationKey {
  documentId: string;
  blockId: string;
}

/** An escalation as the handling commands read it: its row, its state, and where it came from and waits. */
export interface LoadedEscalation {
  e: typeof escalations.$inferSelect;
  /** The stored state, or null when the stored value is none of the known states. */
  state: EscalationState | null;
  originForumId: string;
  originForumName: string;
  originStartsAt: Date;
  originStatus: string;
  /** The forum that holds it now: where it was forwarded to, else where it was sent. */
  targetForumId: string | null;
}

/** The escalation, with its origin meeting's forum; 404 when it does not exist or its block was removed. */
export async function loadEscalation(db: Db, key: EscalationKey): Promise<LoadedEscalation> {
  const [row] = await db
    .select({ e: escalations, originForumId: meetings.forumId, originForumName: forums.name, originStartsAt: meetings.startsAt, originStatus: meetings.status })
    .from(escalations)
    .innerJoin(meetings, eq(meetings.id, escalations.meetingId))
    .innerJoin(forums, eq(forums.id, meetings.forumId))
    .where(keyIs(key));
  if (!row || row.e.removedAt) throw notFound("Eskaleringen");
  // A proposal in an agenda is in no inbox yet; handling it would act on something nobody has sent.
  if (!isHeld(row.originStatus)) throw new AppError(409, "escalation_proposal", "Eskaleringen er et forslag på en dagsorden og sendes først, når mødet er afholdt.");
  // Only a target found on the ladder is held by a forum; any other is handled by nobody but its sender.
  const held = row.e.targetKind === "forum" ? (row.e.forwardedToForumId ?? row.e.targetForumId) : null;
  return { ...row, state: parseEscalationState(row.e.state), targetForumId: held };
}

const MOVE_PHRASES: Record<EscalationMove, string> = {
  accept: "optages på en dagsorden",
  reject: "afvises",
  forward: "sendes videre",
  close: "afsluttes",
};

// 409 for a move the escalation's state does not allow, naming that state.
function illegalMove(state: EscalationState | null, move: EscalationMove): AppError {
  const label = state ? ESCALATION_STATE_LABELS[state] : "ukendt";
  return new AppError(409, "illegal_escalation_move", `Eskaleringen kan ikke ${MOVE_PHRASES[move]}, fordi dens status er "${label}".`);
}

/** Refuses `move` unless the state the escalation was read in allows it. */
export function checkMove(esc: LoadedEscalation, move: EscalationMove): void {
  if (!canMoveEscalation(esc.state, move)) throw illegalMove(esc.state, move);
}

/**
 * Writes a move on condition that the escalation is still as it was read:
 * in the same state and held by the same forum. Of two concurrent moves the
 * database lets one through; the other is refused with a 409 naming the
 * state the first one left.
 */
export async function writeMove(db: Db, key: EscalationKey, esc: LoadedEscalation, move: EscalationMove, values: Partial<typeof escalations.$inferInsert>) {
  checkMove(esc, move);
  const written = await db
    .update(escalations)
    .set({ ...values, state: ESCALATION_MOVE_RULES[move].to })
    .where(and(keyIs(key), eq(escalations.state, esc.e.state), forwardedToIs(esc.e.forwardedToForumId)))
    .returning({ id: escalations.id });
  if (written.length === 0) throw await refusal(db, key, move);
}

/**
 * Puts an escalation back as it was read before an accept claimed it, when
 * the agenda item could not be inserted; only while the claim is still the
 * one this accept made.
 */
export async function undoAccept(db: Db, key: EscalationKey, before: LoadedEscalation, agendaItemId: string): Promise<void> {
  const { state, stateReason, targetMeetingId, targetAgendaItemId, handledBy, handledAt } = before.e;
  await db
    .update(escalations)
    .set({ state, stateReason, targetMeetingId, targetAgendaItemId, handledBy, handledAt })
    .where(and(keyIs(key), eq(escalations.state, ESCALATION_MOVE_RULES.accept.to), eq(escalations.targetAgendaItemId, agendaItemId)));
}

// Why a conditional write found nothing to change: another move got there first.
async function refusal(db: Db, key: EscalationKey, move: EscalationMove): Promise<AppError> {
  const now = await loadEscalation(db, key);
  if (!canMoveEscalation(now.state, move)) return illegalMove(now.state, move);
  // Still movable, so it changed hands: forwarded to another forum meanwhile.
  const label = ESCALATION_STATE_LABELS[now.state!];
  const [holder] = now.targetForumId ? await db.select({ name: forums.name }).from(forums).where(sql`${forums.id}::text = ${now.targetForumId}`) : [];
  return new AppError(409, "illegal_escalation_move", `Eskaleringen er i mellemtiden sendt videre til ${holder?.name ?? "et andet forum"}, hvor dens status er "${label}".`);
}

function keyIs(key: EscalationKey): SQL {
  return and(eq(escalations.documentId, key.documentId), eq(escalations.id, key.blockId))!;
}

function forwardedToIs(forumId: string | null): SQL {
  return forumId === null ? isNull(escalations.forwardedToForumId) : eq(escalations.forwardedToForumId, forumId);
}
