/** The kinds of body the seeds show, from the political level down to ad hoc groups. */
export const FORUM_KINDS = [
  "politisk",
  "direktoerforum",
  "chefforum",
  "klyngestyregruppe",
  "driftsforum",
  "driftsgruppe",
  "arbejdsgruppe",
  "regionalt_udvalg",
  "andet",
] as const;
export type ForumKind = (typeof FORUM_KINDS)[number];

/** The sectors of the cooperation; each chair seat and organisation belongs to one. */
export const SECTORS = ["kommune", "region", "almen_praksis", "andet"] as const;
export type Sector = (typeof SECTORS)[number];
