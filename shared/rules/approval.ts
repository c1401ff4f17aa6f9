/** The forum roles whose holders vote on the minutes. */
export const VOTING_ROLES = ["chair", "member"] as const;

/** What decides whether sent minutes may become approved. */
export interface ApprovalRound {
  /** Comments on the minutes not yet resolved by the secretariat. */
  openComments: number;
  /** The last day members may comment (Copenhagen date, yyyy-mm-dd), or null when unknown. */
  commentPeriodEndsOn: string | null;
  /** Today in Copenhagen (yyyy-mm-dd). */
  today: string;
  /** The forum's voting members (chairs and members) by user id. */
  voters: string[];
  /** Who has approved in this round, by user id. */
  approvedBy: string[];
}

/** Why the chair may not approve yet. */
export type ApprovalRefusal = { code: "open_comments"; openComments: number } | { code: "comment_period_running"; until: string; missing: number };

/** True once the last day of the comment period has passed. */
export function commentPeriodOver(round: Pick<ApprovalRound, "commentPeriodEndsOn" | "today">): boolean {
  return round.commentPeriodEndsOn !== null && round.commentPeriodEndsOn < round.today;
}

/** Voting members who have not approved in this round. */
export function missingApprovals(round: Pick<ApprovalRound, "voters" | "approvedBy">): string[] {
  const approved = new Set(round.approvedBy);
  return round.voters.filter((v) => !approved.has(v));
}

/**
 * Whether the chair's approval closes the round, as the kommissorium says:
 * no comment may be open, and either the comment period has ended or every
 * voting member (the chair included, counted as approving now) has approved.
 * Returns null when it may, otherwise why not.
 */
export function chairApprovalRefusal(round: ApprovalRound, chairId: string): ApprovalRefusal | null {
  if (round.openComments > 0) return { code: "open_comments", openComments: round.openComments };
  if (commentPeriodOver(round)) return null;
  const missing = missingApprovals({ voters: round.voters, approvedBy: [...round.approvedBy, chairId] });
  if (missing.length === 0) return null;
  return { code: "comment_period_running", until: round.commentPeriodEndsOn ?? round.today, missing: missing.length };
}

/** Whether the minutes are approved by silence: the period is over and no comment is open. */
export function approvedBySilence(round: Pick<ApprovalRound, "openComments" | "commentPeriodEndsOn" | "today">): boolean {
  return round.openComments === 0 && commentPeriodOver(round);
}
