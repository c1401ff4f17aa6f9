import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { escalations, meetings } from "../../db/schema/index.js";
import type { ExtractedEscalation } from "../../shared/blocks/types.js";
import type { LadderForum } from "../../shared/protocol/forumLadder.js";
import { resolveTarget, type EscalationTargetKind } from "../../shared/rules/escalationTargets.js";
import { forumLadder } from "./forumLadder.js";

/** An escalation row as extraction writes it: the block, with the target the server decided. */
export interface EscalationRow extends ExtractedEscalation {
  targetKind: EscalationTargetKind;
}

/**
 * The rows for a document's escalations, each target checked against the
 * ladder of `forumId` (the forum of the document's meeting). What the block
 * claims about a forum's name and direction is never stored: a target on
 * the ladder gets the forum's real name and the direction the ladder gives;
 * one off the ladder is stored as invalid with no forum, so no inbox ever
 * holds it. The ladder is read once, and only when some block names a forum.
 */
export async function escalationRows(db: Db, forumId: string, blocks: ExtractedEscalation[]): Promise<EscalationRow[]> {
  const ladder = blocks.some((b) => b.targetForumId) ? await forumLadder(db, forumId) : [];
  return blocks.map((block) => {
    const target = resolveTarget(ladder, block);
    const forum = target.kind === "forum" ? target.forum : null;
    return {
      ...block,
      targetKind: target.kind,
      targetForumId: forum?.id ?? null,
      targetForumName: forum?.name ?? null,
      direction: forum?.direction ?? null,
      targetExternal: target.kind === "external" ? target.name : null,
    };
  });
}

/**
 * Checks the forum targets already stored against today's ladders: rows
 * written before targets were checked, or whose forum has since left the
 * ladder, become invalid (out of every inbox) until their document is edited
 * again; a valid one gets its forum's name and direction as they are today.
 * Returns how many rows changed. Run at start-up.
 */
export async function recheckStoredTargets(db: Db): Promise<number> {
  const rows = await db
    .select({ documentId: escalations.documentId, id: escalations.id, targetForumId: escalations.targetForumId, name: escalations.targetForumName, direction: escalations.direction, forumId: meetings.forumId })
    .from(escalations)
    .innerJoin(meetings, eq(meetings.id, escalations.meetingId))
    .where(and(eq(escalations.targetKind, "forum"), isNull(escalations.removedAt)));
  const ladders = new Map<string, LadderForum[]>();
  let changed = 0;
  for (const row of rows) {
    if (!ladders.has(row.forumId)) ladders.set(row.forumId, await forumLadder(db, row.forumId));
    const target = resolveTarget(ladders.get(row.forumId)!, { targetForumId: row.targetForumId, targetExternal: null });
    const forum = target.kind === "forum" ? target.forum : null;
    if (forum && forum.name === row.name && forum.direction === row.direction) continue;
    const values = forum ? { targetForumName: forum.name, direction: forum.direction } : { targetKind: "invalid", targetForumId: null, targetForumName: null, direction: null };
    // Only while extraction has not rewritten the row meanwhile.
    const key = and(eq(escalations.documentId, row.documentId), eq(escalations.id, row.id), eq(escalations.targetKind, "forum"), eq(escalations.targetForumId, row.targetForumId!));
    changed += (await db.update(escalations).set(values).where(key).returning({ id: escalations.id })).length;
  }
  return changed;
}
