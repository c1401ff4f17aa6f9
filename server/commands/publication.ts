import { and, desc, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client.js";
import { meetingVersions, type FrozenCarryOver } from "../../db/schema/index.js";
import { findingPlaces, recordCprFindings } from "../../shared/rules/cprGuard.js";
import { AppError, notFound } from "../errors.js";
import { findMeetingRecord } from "../queries/meetingRecord.js";
import { applyStep, requireNotTooEarly, requireUnchanged, type LifecycleContext } from "./lifecycleStep.js";
import { lockMeeting, storeVersion } from "./versionFreezer.js";

/** The public may see carry-over items only from minutes that are themselves published. */
async function publicCarryOver(tx: Tx, entries: FrozenCarryOver[]): Promise<FrozenCarryOver[]> {
  const ids = [...new Set(entries.map((e) => e.meetingId).filter((id): id is string => !!id))];
  if (ids.length === 0) return [];
  const published = await tx
    .selectDistinct({ meetingId: meetingVersions.meetingId })
    .from(meetingVersions)
    .where(and(inArray(meetingVersions.meetingId, ids), eq(meetingVersions.kind, "offentliggjort")));
  const open = new Set(published.map((p) => p.meetingId));
  return entries.filter((e) => e.meetingId && open.has(e.meetingId));
}

/**
 * Publishes approved minutes: the public version is the latest approved
 * version to the letter (heading, document, attachments), with only the
 * carry-over items of published minutes. Refused with 422 `cpr_number`,
 * naming each place, while anything in it looks like a CPR number; the
 * secretariat then reopens the minutes to remove it.
 */
export async function publishMinutes(ctx: LifecycleContext, meetingId: string, userId: string | null): Promise<void> {
  const record = await findMeetingRecord(ctx.db, meetingId);
  if (!record) throw notFound("Mødet");
  requireNotTooEarly("offentliggjort", record.meeting.startsAt);
  await ctx.db.transaction(async (tx) => {
    const locked = await lockMeeting(tx, meetingId);
    requireUnchanged(locked, "godkendt");
    const [approved] = await tx
      .select()
      .from(meetingVersions)
      .where(and(eq(meetingVersions.meetingId, meetingId), eq(meetingVersions.kind, "godkendt")))
      .orderBy(desc(meetingVersions.version))
      .limit(1);
    if (!approved) throw new AppError(409, "not_approved", "Der findes ingen godkendt version af referatet at offentliggøre.");
    const frozen = {
      title: approved.title,
      startsAt: approved.startsAt,
      place: approved.place,
      forumName: approved.forumName,
      clusterName: approved.clusterName,
      hostName: approved.hostName,
      leaderName: approved.leaderName,
      jointForumName: approved.jointForumName,
      doc: approved.doc,
      attachments: approved.attachments,
      carryOver: await publicCarryOver(tx, approved.carryOver),
    };
    const findings = recordCprFindings(frozen);
    if (findings.length > 0) {
      throw new AppError(422, "cpr_number", `Referatet kan ikke offentliggøres: der står noget, der ligner et CPR-nummer, i ${findingPlaces(findings)}. Genåbn referatet og fjern det.`, { findings });
    }
    await storeVersion(tx, meetingId, "offentliggjort", frozen, userId);
    await applyStep(tx, locked, { to: "offentliggjort", userId, origin: ctx.origin, rules: record.rules, extraDaysOff: record.extraDaysOff });
  });
}
