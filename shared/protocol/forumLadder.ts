import type { EscalationDirection } from "../editor/vocabulary.js";

/** A forum another forum may send items to, and which way that goes (`GET /api/meetings/:id/context`). */
export interface LadderForum {
  id: string;
  name: string;
  kind: string;
  /** The forum's cluster, or null for a region-wide body. */
  clusterName: string | null;
  /** The forums it reports to. */
  reportsTo: string[];
  direction: EscalationDirection;
}
