/** The states of an escalation, as stored in `escalations.state`. */
export const ESCALATION_STATES = ["ny", "accepteret", "afvist", "afsluttet"] as const;
export type EscalationState = (typeof ESCALATION_STATES)[number];

/** What the handling forums can do with an escalation. */
export const ESCALATION_MOVES = ["accept", "reject", "forward", "close"] as const;
export type EscalationMove = (typeof ESCALATION_MOVES)[number];

/** One allowed move: the states it may start from and the state it leads to. */
export interface EscalationMoveRule {
  from: readonly EscalationState[];
  to: EscalationState;
}

/**
 * Every allowed move; anything else is refused.
 * - accept: only from "ny", so an escalation lands on exactly one agenda.
 * - reject: only from "ny"; once accepted, the target forum answers with its decision instead.
 * - forward: only from "ny"; it waits as "ny" again, at the other forum.
 * - close: from "ny" (a referral to a body outside Mødebord, answered in words) or
 *   "accepteret" (the outcome summarised once the agenda item is dealt with).
 *   Not from "afvist": the rejection's reason is the answer and closing would
 *   overwrite it. "afsluttet" is final.
 */
export const ESCALATION_MOVE_RULES: Record<EscalationMove, EscalationMoveRule> = {
  accept: { from: ["ny"], to: "accepteret" },
  reject: { from: ["ny"], to: "afvist" },
  forward: { from: ["ny"], to: "ny" },
  close: { from: ["ny", "accepteret"], to: "afsluttet" },
};

/** Danish names of the states, as the UI and the server's messages show them. */
export const ESCALATION_STATE_LABELS: Record<EscalationState, string> = {
  ny: "Afventer behandling",
  accepteret: "Optaget på dagsorden",
  afvist: "Afvist",
  afsluttet: "Afsluttet",
};

/** A stored state value, or null when it is none of the known states. */
export function parseEscalationState(value: unknown): EscalationState | null {
  return typeof value === "string" && (ESCALATION_STATES as readonly string[]).includes(value) ? (value as EscalationState) : null;
}

/** Whether `move` is allowed from `state`; an unknown state allows nothing. */
export function canMoveEscalation(state: EscalationState | null, move: EscalationMove): boolean {
  return state !== null && ESCALATION_MOVE_RULES[move].from.includes(state);
}

/** The moves allowed from `state`, in the order the UI offers them. */
export function allowedEscalationMoves(state: EscalationState | null): EscalationMove[] {
  return ESCALATION_MOVES.filter((move) => canMoveEscalation(state, move));
}
