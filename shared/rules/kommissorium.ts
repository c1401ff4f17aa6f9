import { z } from "zod";

/** A period in a forum's rules: calendar days or working days (hverdage). */
export const durationSchema = z.object({
  value: z.number().int().min(0, "Antallet kan ikke være negativt.").max(365),
  unit: z.enum(["days", "working_days"]),
});
/** A period in a forum's rules. */
export type Duration = z.infer<typeof durationSchema>;

/** The rules of a forum's terms of reference (kommissorium) that the software enforces. */
export const forumRulesSchema = z.object({
  meetingsPerYear: z.number().int().min(1).max(52),
  /** How long before the meeting the agenda must be sent. */
  agendaLead: durationSchema,
  /** How long after the meeting the minutes must be sent. */
  minutesDue: durationSchema,
  /** How long members may comment on sent minutes. */
  commentPeriod: durationSchema,
  /** Approved when the comment period ends without open comments, or only when the chair approves. */
  approval: z.enum(["comment_period", "chair"]),
});
/** The rules of a forum's kommissorium. */
export type ForumRules = z.infer<typeof forumRulesSchema>;

/** Midt and Nord: agenda 14 days before, minutes 7 days after, 7 days to comment. */
export const RULES_MIDT_NORD: ForumRules = {
  meetingsPerYear: 4,
  agendaLead: { value: 14, unit: "days" },
  minutesDue: { value: 7, unit: "days" },
  commentPeriod: { value: 7, unit: "days" },
  approval: "comment_period",
};

/** Syd: agenda 10 working days before, minutes within 5 working days, 5 working days to object. */
export const RULES_SYD: ForumRules = {
  meetingsPerYear: 4,
  agendaLead: { value: 10, unit: "working_days" },
  minutesDue: { value: 5, unit: "working_days" },
  commentPeriod: { value: 5, unit: "working_days" },
  approval: "comment_period",
};
