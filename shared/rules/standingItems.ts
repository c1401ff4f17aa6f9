import { z } from "zod";

/** How a standing item is filled when a new agenda is made. */
export const STANDING_ITEM_TEMPLATES = ["deltagere", "godkendelse", "opfoelgning", "eventuelt", "fri"] as const;

/** One standing item of a forum's agenda. */
export const standingItemSchema = z.object({
  template: z.enum(STANDING_ITEM_TEMPLATES),
  title: z.string().trim().min(1).max(200),
});

/** A standing item of a forum's agenda. */
export type StandingItem = z.infer<typeof standingItemSchema>;

/** The items every agenda starts with unless the forum's settings say otherwise. */
export const DEFAULT_STANDING_ITEMS: StandingItem[] = [
  { template: "deltagere", title: "Deltagere" },
  { template: "godkendelse", title: "Godkendelse af dagsorden" },
  { template: "opfoelgning", title: "Opfølgning på aktionspunkter" },
  { template: "eventuelt", title: "Eventuelt" },
];
