import type { DocJSON } from "../../shared/blocks/types.js";

/** An open action item from an earlier meeting, shown where the document has an actionFollowUp node. */
export interface CarryOverEntry {
  text: string;
  status: string;
  ownerName: string | null;
  meetingTitle: string;
  meetingStartsAt: Date;
}

/** Everything the renderers need to print one meeting's agenda or minutes. */
export interface RenderableMeeting {
  clusterName: string;
  forumName: string;
  title: string;
  startsAt: Date;
  place: string;
  /** The host organisation (vært); absent or null when none is recorded. */
  hostName?: string | null;
  /** The mødeleder; absent or null when none is recorded. */
  leaderName?: string | null;
  /** The other forum of a joint meeting, whose heading then reads "Fællesmøde: A og B"; absent or null otherwise. */
  jointForumName?: string | null;
  /** The heading word: "Dagsorden" before the meeting, "Referat" after. */
  kind: "dagsorden" | "referat";
  doc: DocJSON;
  /** Items to show where an actionFollowUp node stands (open action items from earlier meetings). */
  carryOver?: CarryOverEntry[];
  /** Attachment file names per agenda item id, listed under the item's Bilag. */
  attachments?: Record<string, string[]>;
}
