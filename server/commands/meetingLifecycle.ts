import { findingPlaces, recordCprFindings } from "../../shared/rules/cprGuard.js";
import { isDocumentLocked, type MeetingStatus } from "../../shared/rules/lifecycle.js";
import type { VersionKind } from "../../shared/protocol/versions.js";
import { AppError, notFound } from "../errors.js";
import { findMeetingRecord } from "../queries/meetingRecord.js";
import { applyStep, requireLegalStep, requireNotTooEarly, requireUnchanged, type LifecycleContext } from "./lifecycleStep.js";
import { closeApprovalRound } from "./minutesApproval.js";
import { publishMinutes } from "./publication.js";
import { currentRecord, lockMeeting, storeVersion } from "./versionFreezer.js";

// Steps that freeze the document as a version of a kind.
const FROZEN_AS: Partial<Record<MeetingStatus, VersionKind>> = { dagsorden_udsendt: "dagsorden", referat_udsendt: "referat" };

/**
 * Moves a meeting one step through its lifecycle, if the step table has that
 * step from the state it is in (the caller has authorized the user for it,
 * "meeting.transition"). Each step is one transaction: status,
 * frozen version, history and mails. Sending the agenda or the minutes
 * freezes the document as read with edits held off; sending minutes that
 * hold a CPR-shaped number needs `confirmCpr`. Approval and publication have
 * rules of their own ({@link closeApprovalRound}, {@link publishMinutes}).
 */
export async function transitionMeeting(ctx: LifecycleContext, meetingId: string, to: MeetingStatus, userId: string, options: { confirmCpr?: boolean } = {}): Promise<void> {
  const record = await findMeetingRecord(ctx.db, meetingId);
  if (!record) throw notFound("Mødet");
  const from = record.meeting.status as MeetingStatus;
  requireLegalStep(from, to);
  requireNotTooEarly(to, record.meeting.startsAt);
  if (to === "godkendt") {
    await closeApprovalRound(ctx, meetingId, { by: "chair", userId });
    return;
  }
  if (to === "offentliggjort") return publishMinutes(ctx, meetingId, userId);

  const step = { to, userId, origin: ctx.origin, rules: record.rules, extraDaysOff: record.extraDaysOff };
  const kind = FROZEN_AS[to];
  if (!kind) {
    await ctx.db.transaction(async (tx) => {
      const locked = await lockMeeting(tx, meetingId);
      requireUnchanged(locked, from);
      await applyStep(tx, locked, step);
    });
    return;
  }
  await ctx.rooms.freezeDocument(record.documentId, async () => {
    await ctx.db.transaction(async (tx) => {
      const locked = await lockMeeting(tx, meetingId);
      requireUnchanged(locked, from);
      const frozen = await currentRecord(tx, locked);
      const findings = to === "referat_udsendt" ? recordCprFindings(frozen) : [];
      if (findings.length > 0 && !options.confirmCpr) {
        throw new AppError(
          409,
          "cpr_confirmation_required",
          `Referatet indeholder noget, der ligner et CPR-nummer, i ${findingPlaces(findings)}. Bekræft, at det skal udsendes sådan; det kan ikke offentliggøres, før det er fjernet.`,
          { findings },
        );
      }
      await storeVersion(tx, meetingId, kind, frozen, userId);
      await applyStep(tx, locked, step);
    });
    return { result: undefined, freeze: isDocumentLocked(to) };
  });
}

/** Freezes a revised version of sent minutes (after comments), keeping the comment period; the caller has authorized "minutes.revise". */
export async function reviseMinutes(ctx: LifecycleContext, meetingId: string, userId: string): Promise<number> {
  const record = await findMeetingRecord(ctx.db, meetingId);
  if (!record) throw notFound("Mødet");
  const notSent = () => new AppError(409, "illegal_transition", "Kun et udsendt referat kan revideres.");
  if (record.meeting.status !== "referat_udsendt") throw notSent();
  return ctx.rooms.freezeDocument(record.documentId, async () => {
    const version = await ctx.db.transaction(async (tx) => {
      const locked = await lockMeeting(tx, meetingId);
      if (locked.meeting.status !== "referat_udsendt") throw notSent();
      return storeVersion(tx, meetingId, "referat", await currentRecord(tx, locked), userId);
    });
    return { result: version, freeze: false };
  });
}
