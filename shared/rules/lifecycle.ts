/** The states of a meeting, in the order it moves through them. */
export const MEETING_STATUSES = [
  "planlagt",
  "dagsorden_kladde",
  "dagsorden_udsendt",
  "moede_i_gang",
  "referat_kladde",
  "referat_udsendt",
  "godkendt",
  "offentliggjort",
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
};

/** The steps an actor may take from a state. */
export function allowedTransitions(from: MeetingStatus, actor: Actor): MeetingStatus[] {
  return TRANSITIONS.filter((t) => t.from === from && t.by.includes(actor)).map((t) => t.to);
}

/**
 * Approved minutes are the record: from approval on nobody edits the
 * document, the heading or the attachments; a correction reopens them.
 */
export function isDocumentLocked(status: MeetingStatus): boolean {
  return status === "godkendt" || status === "offentliggjort";
}

/** The states from which the secretariat may reopen the minutes for a correction. */
export const REOPENABLE_STATUSES: readonly MeetingStatus[] = ["godkendt", "offentliggjort"];
