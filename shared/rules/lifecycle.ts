import { danishDateTime } from "./danishDateText.js";
import { isReadableInstant } from "./meetingDates.js";

/** The states of a meeting, in the order it moves through them; a planned meeting may leave the order as `aflyst`. */
export const MEETING_STATUSES = [
  "planlagt",
  "dagsorden_kladde",
  "dagsorden_udsendt",
  "moede_i_gang",
  "referat_kladde",
  "referat_udsendt",
  "godkendt",
  "offentliggjort",
  "aflyst",
] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Who takes a step: a role in the forum, or the server's approval job. */
export type Actor = "chair" | "secretariat" | "member" | "observer" | "system";

/** One allowed step of the lifecycle. */
export interface Transition {
  from: MeetingStatus;
  to: MeetingStatus;
  by: Actor[];
}

/** Every allowed step and who may take it; anything else is refused. */
export const TRANSITIONS: Transition[] = [
  { from: "planlagt", to: "dagsorden_kladde", by: ["chair", "secretariat"] },
  { from: "dagsorden_kladde", to: "dagsorden_udsendt", by: ["chair", "secretariat"] },
  { from: "dagsorden_udsendt", to: "moede_i_gang", by: ["chair", "secretariat"] },
  { from: "moede_i_gang", to: "referat_kladde", by: ["chair", "secretariat"] },
  { from: "referat_kladde", to: "referat_udsendt", by: ["secretariat"] },
  { from: "referat_udsendt", to: "godkendt", by: ["chair", "system"] },
  { from: "godkendt", to: "offentliggjort", by: ["chair", "secretariat"] },
];

/** Danish names of the states, as the UI shows them. */
export const STATUS_LABELS: Record<MeetingStatus, string> = {
  planlagt: "Planlagt",
  dagsorden_kladde: "Dagsorden i kladde",
  dagsorden_udsendt: "Dagsorden udsendt",
  moede_i_gang: "Mødet er i gang",
  referat_kladde: "Referat i kladde",
  referat_udsendt: "Referat udsendt",
  godkendt: "Referat godkendt",
  offentliggjort: "Offentliggjort",
  aflyst: "Aflyst",
};

/** True when the step table has a step from `from` to `to`, whoever may take it. */
export function isLegalStep(from: MeetingStatus, to: MeetingStatus): boolean {
  return TRANSITIONS.some((t) => t.from === from && t.to === to);
}

/** The steps an actor may take from a state. */
export function allowedTransitions(from: MeetingStatus, actor: Actor): MeetingStatus[] {
  return TRANSITIONS.filter((t) => t.from === from && t.by.includes(actor)).map((t) => t.to);
}

/**
 * Approved minutes are the record: from approval on nobody edits the
 * document, the heading or the attachments; a correction reopens them.
 * A cancelled meeting has no minutes, so its document is closed too.
 */
export function isDocumentLocked(status: MeetingStatus): boolean {
  return status === "godkendt" || status === "offentliggjort" || status === "aflyst";
}

/** Who may cancel a meeting (with a reason) and who may delete one. */
export const CANCEL_ACTORS: Actor[] = ["chair", "secretariat"];
export const DELETE_ACTORS: Actor[] = ["secretariat"];

/** A meeting can be cancelled until it is held: any state before `moede_i_gang`. */
export const CANCELLABLE_STATUSES: MeetingStatus[] = ["planlagt", "dagsorden_kladde", "dagsorden_udsendt"];

/** A meeting whose agenda nobody has received yet can be deleted outright; later it can only be cancelled. */
export const DELETABLE_STATUSES: MeetingStatus[] = ["planlagt", "dagsorden_kladde"];

/** True when a meeting in `status` may be cancelled. */
export const isCancellable = (status: MeetingStatus): boolean => CANCELLABLE_STATUSES.includes(status);

/** True when a meeting in `status` may be deleted. */
export const isDeletable = (status: MeetingStatus): boolean => DELETABLE_STATUSES.includes(status);

const HOUR_MS = 60 * 60 * 1000;
// The minutes and everything after them record a meeting that has begun.
const AFTER_START: MeetingStatus[] = ["referat_udsendt", "godkendt", "offentliggjort"];

/**
 * Why the step to `to` cannot be taken yet at `now` for a meeting starting at
 * `startsAt`, in Danish, or null when it can: a meeting opens at the earliest
 * an hour before its start, and its minutes go out only once it has begun.
 */
export function stepTooEarly(to: MeetingStatus, startsAt: Date, now: Date): string | null {
  if (!isReadableInstant(startsAt)) return "Mødets tidspunkt kan ikke læses. Ret tidspunktet, før mødet går videre.";
  if (to !== "moede_i_gang" && !AFTER_START.includes(to)) return null;
  const when = danishDateTime(startsAt);
  if (to === "moede_i_gang") {
    return now.getTime() < startsAt.getTime() - HOUR_MS ? `Mødet kan tidligst sættes i gang en time før det begynder (${when}).` : null;
  }
  return now < startsAt ? `Mødet begynder først ${when}; referatet kan udsendes og godkendes, når mødet er begyndt.` : null;
}

/** The states from which the secretariat may reopen the minutes for a correction. */
export const REOPENABLE_STATUSES: readonly MeetingStatus[] = ["godkendt", "offentliggjort"];
