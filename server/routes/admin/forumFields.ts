import { z } from "zod";
import { FORUM_KINDS, SECTORS } from "../../../shared/region/vocabulary.js";
import { forumRulesSchema } from "../../../shared/rules/kommissorium.js";
import { standingItemSchema } from "../../../shared/rules/standingItems.js";

/** A route's `:id`. */
export const idParam = z.object({ id: z.string().uuid() });

// Without defaults, so that a PATCH leaves every field it does not send as it was.
const fields = {
  name: z.string().trim().min(1, "Forummet skal have et navn.").max(200),
  kind: z.enum(FORUM_KINDS),
  reportsTo: z.array(z.string().uuid()).max(20),
  rules: forumRulesSchema,
  standingItems: z.array(standingItemSchema).max(20),
  evaluationDue: z.string().date("Angiv evalueringsdatoen som ÅÅÅÅ-MM-DD.").nullable(),
  deadlinesFirm: z.boolean(),
};

/** A new forum or body: name and kind required, the rest optional. */
export const newForumFields = z.object(fields).partial().required({ name: true, kind: true }).strict();
/** A change of a forum: only the fields sent. */
export const forumChanges = z.object(fields).partial().strict();
/** A new organisation of the region. */
export const organisationFields = z.object({ name: z.string().trim().min(1, "Angiv organisationens navn.").max(200), sector: z.enum(SECTORS).nullable().optional() }).strict();
/** A new cluster of the region. */
export const clusterName = z.object({ name: z.string().trim().min(1, "Angiv klyngens navn.").max(200) }).strict();
