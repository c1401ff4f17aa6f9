import { ACTION_STATUSES, DUE_KINDS, ESCALATION_DIRECTIONS, OWNER_KINDS, oneOf } from "../../shared/editor/vocabulary.js";
import { externalRecipient } from "../../shared/rules/escalationTargets.js";
import { formatDanishDate, formatIsoDay } from "./danishDate.js";
import type { CarryOverEntry } from "./meetingModel.js";

type Attrs = Record<string, unknown>;

const str = (value: unknown): string | null => (typeof value === "string" && value.trim().length > 0 ? value.trim() : null);

const DIRECTION_WORDS = { op: "op", ned: "ned", side: "sidelæns" } as const;

function owner(attrs: Attrs): string | null {
  const kind = oneOf(OWNER_KINDS, attrs.ownerKind, null);
  if (kind === "sekretariatet") return str(attrs.ownerName) ?? "Sekretariatet";
  if (kind === "formandskabet") return str(attrs.ownerName) ?? "Formandskabet";
  return str(attrs.ownerName);
}

function due(attrs: Attrs): string | null {
  switch (oneOf(DUE_KINDS, attrs.dueKind, null)) {
    case "naeste_moede":
      return "næste møde";
    case "dato":
      return typeof attrs.dueDate === "string" ? formatIsoDay(attrs.dueDate) : null;
    case "betingelse":
      return str(attrs.dueCondition);
    default:
      return null;
  }
}

/** "Ansvarlig: Sekretariatet, Frist: næste møde" for an action item's attributes; null when none is set. */
export function actionDetails(attrs: Attrs): string | null {
  const status = oneOf(ACTION_STATUSES, attrs.status, "åben");
  const who = owner(attrs);
  const when = due(attrs);
  const parts = [
    who && `Ansvarlig: ${who}`,
    when && `Frist: ${when}`,
    // Open is the normal state of a fresh action item; only a change is worth printing.
    status !== "åben" && `Status: ${status}`,
  ].filter((p): p is string => typeof p === "string");
  return parts.length > 0 ? parts.join(", ") : null;
}

/**
 * "Sendes videre til Chefforum (op)" for an escalation's attributes, or "… til
 * Sundhedsstyrelsen" for a recipient outside Mødebord; "Foreslås sendt videre …" in an agenda.
 */
export function escalationDetails(attrs: Attrs, proposal = false): string {
  const target = str(attrs.targetForumName) ?? externalRecipient(str(attrs.targetExternal));
  const direction = oneOf(ESCALATION_DIRECTIONS, attrs.direction, null);
  return [proposal ? "Foreslås sendt videre" : "Sendes videre", target && `til ${target}`, direction && `(${DIRECTION_WORDS[direction]})`].filter(Boolean).join(" ");
}

/** One line of the carry-over list: what, who, status and the meeting it came from. */
export function carryOverLine(entry: CarryOverEntry): string {
  const details = [
    entry.ownerName && `Ansvarlig: ${entry.ownerName}`,
    `Status: ${entry.status}`,
    `Fra: ${entry.meetingTitle}, ${formatDanishDate(entry.meetingStartsAt)}`,
  ].filter(Boolean);
  return `${entry.text} (${details.join(", ")})`;
}

/** The heading of the carry-over list and what it says when the list is empty. */
export const CARRY_OVER = { title: "Åbne aktionspunkter fra tidligere møder", empty: "Ingen åbne aktionspunkter." };

/** The labels that set tracked blocks apart in minutes. */
export const TRACKED_LABELS = { decision: "Beslutning:", action: "Aktionspunkt:", escalation: "Eskalering:" } as const;

/** The same labels in an agenda: before the meeting is held, what is written there is only proposed. */
export const PROPOSAL_LABELS = { decision: "Forslag til beslutning:", action: "Forslag til aktionspunkt:", escalation: "Forslag til eskalering:" } as const;

/** The labels of the facts under a meeting's heading. */
export const HEADER_LABELS = { when: "Mødedato", place: "Mødested", host: "Vært", leader: "Mødeleder" } as const;
