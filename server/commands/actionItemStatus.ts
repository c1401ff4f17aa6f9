import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { actionItemEvents, actionItems } from "../../db/schema/index.js";
import { DOCUMENT_FRAGMENT } from "../../shared/editor/schema.js";
import type { ActionStatus } from "../../shared/editor/vocabulary.js";
import { isHeld } from "../../shared/rules/heldMeeting.js";
import { authorize } from "../auth/authorize.js";
import { AppError } from "../errors.js";
import type { RoomRegistry } from "../sync/roomRegistry.js";
import { findBlock } from "../sync/yBlocks.js";

/** A status change asked for on the dashboard. */
export interface StatusChange {
  documentId: string;
  blockId: string;
  status: ActionStatus;
  comment?: string;
}

/**
 * Changes an action item's status: the row and its history in one
 * transaction, then the block in the meeting document, so everyone who has
 * it open sees the change. The owner, the chair and the secretariat may.
 */
export async function changeActionItemStatus(db: Db, rooms: RoomRegistry, userId: string, change: StatusChange): Promise<void> {
  const row = await authorize(db, { id: userId }, "actionItem.changeStatus", change);
  // The dashboard follows up tasks; a proposal in an agenda is not one until the meeting starts.
  if (!isHeld(row.meetingStatus)) throw new AppError(409, "action_item_proposal", "Aktionspunktet er et forslag på en dagsorden og kan først følges op, når mødet er afholdt.");

  const now = new Date();
  await rooms.editDocument(
    change.documentId,
    () =>
      db.transaction(async (tx) => {
        await tx
          .update(actionItems)
          .set({ status: change.status, statusChangedAt: now, statusChangedBy: userId, updatedAt: now })
          .where(and(eq(actionItems.documentId, change.documentId), eq(actionItems.id, change.blockId)));
        await tx.insert(actionItemEvents).values({
          documentId: change.documentId,
          blockId: change.blockId,
          status: change.status,
          comment: change.comment ?? null,
          changedBy: userId,
          source: "dashboard",
        });
      }),
    (doc) => {
      const block = findBlock(doc.getXmlFragment(DOCUMENT_FRAGMENT), change.blockId);
      // Writing the status the block already has would be an empty edit.
      if (block && block.getAttribute("status") !== change.status) block.setAttribute("status", change.status);
    },
  );
}
