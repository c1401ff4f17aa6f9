import type { LadderForum } from "../protocol/forumLadder.js";

/**
 * What an escalation's recipient is, as stored in `escalations.target_kind`:
 * a forum on the ladder, a body outside Mødebord named in words, a forum id
 * that is not on the ladder, or nobody yet.
 */
export const ESCALATION_TARGET_KINDS = ["forum", "external", "invalid", "none"] as const;
export type EscalationTargetKind = (typeof ESCALATION_TARGET_KINDS)[number];

/** The longest name of a recipient outside Mødebord that is kept. */
export const EXTERNAL_RECIPIENT_MAX = 200;

/** What an escalation block says about where it goes. */
export interface WrittenTarget {
  targetForumId: string | null;
  targetExternal: string | null;
}

/** Where an escalation goes, decided from the ladder rather than from what the block claims. */
export type EscalationTarget =
  | { kind: "forum"; forum: LadderForum }
  | { kind: "external"; name: string }
  | { kind: "invalid" }
  | { kind: "none" };

/** A recipient outside Mødebord as kept: whitespace collapsed, trimmed and cut to length; null when nothing is left. */
export function externalRecipient(text: string | null): string | null {
  const name = (text ?? "").replace(/\s+/g, " ").trim().slice(0, EXTERNAL_RECIPIENT_MAX).trim();
  return name.length > 0 ? name : null;
}

/**
 * Resolves what a block wrote against the ladder of its document's forum.
 * A forum id wins over a name in words: it is valid only when the ladder
 * holds it (so never the forum itself, another cluster's forum or something
 * that is no forum id at all), and then its name and direction are the
 * ladder's. Without a forum id, a name in words is a recipient outside Mødebord.
 */
export function resolveTarget(ladder: readonly LadderForum[], written: WrittenTarget): EscalationTarget {
  if (written.targetForumId) {
    const forum = ladder.find((f) => f.id === written.targetForumId);
    return forum ? { kind: "forum", forum } : { kind: "invalid" };
  }
  const name = externalRecipient(written.targetExternal);
  return name ? { kind: "external", name } : { kind: "none" };
}
