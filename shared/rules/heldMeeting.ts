import type { MeetingStatus } from "./lifecycle.js";

/**
 * The states of a meeting that has been held: from the moment it starts
 * ("Mødet er i gang") on. Listed rather than read off the order of the
 * lifecycle, so a state outside the normal course, such as a cancelled
 * meeting, is never taken for a held one.
 */
export const HELD_STATUSES = ["moede_i_gang", "referat_kladde", "referat_udsendt", "godkendt", "offentliggjort"] as const satisfies readonly MeetingStatus[];

/** A state in which the meeting has been held. */
export type HeldStatus = (typeof HELD_STATUSES)[number];

/**
 * True once the meeting has been held. Before that its document is an agenda,
 * and the decisions, action items and escalations written into it are
 * proposals ("forslag til beslutning"): they become decisions, tasks to follow
 * up and escalations sent to other forums the moment the meeting starts.
 */
export function isHeld(status: string): boolean {
  return (HELD_STATUSES as readonly string[]).includes(status);
}
