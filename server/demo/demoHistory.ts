import { eq } from "drizzle-orm";
import { syncBlocks } from "../commands/blockSyncer.js";
import { createMeeting } from "../commands/meetingCreator.js";
import { extractBlocks } from "../../shared/blocks/extractBlocks.js";
import { build, type AttendeeInput } from "../../shared/editor/build.js";
import { copenhagenDate } from "../../shared/rules/copenhagenTime.js";
import type { Db } from "../../db/client.js";
import { agreements, meetingVersions, meetings } from "../../db/schema/index.js";

/** The forums and people the history is written for. */
export interface DemoForums {
  chefId: string;
  psykId: string;
  participants: AttendeeInput[];
  secretaryId: string;
  clusterName: string;
}

function minutes(participants: AttendeeInput[], psykId: string, dueDate: string) {
  const { doc, kindedItem, section, decision, actionItem, escalation, attendance, recommendation, paragraph } = build;
  return doc(
    kindedItem(null, "Deltagere", attendance(participants)),
    kindedItem("beslutning", "Godkendelse af dagsorden", recommendation("Chefforum", "Godkender dagsordenen"), section("beslutning", decision("Dagsordenen blev godkendt."))),
    kindedItem(
      "beslutning",
      "Modeller til organisering af driftsfora",
      section("sagsfremstilling", paragraph("Tre modeller for organiseringen af driftsfora blev fremlagt.")),
      section(
        "beslutning",
        decision("Chefforum tager udgangspunkt i model 1 og styrker den eksisterende organisering."),
        actionItem("Kommissorierne tilrettes og fremlægges på næste møde i Chefforum.", { ownerKind: "sekretariatet", ownerName: "Sekretariatet", dueKind: "naeste_moede" }),
        escalation("Driftsforum Voksenpsykiatri kvalificerer et forslag til fælles udskrivningsstandard.", {
          targetForumId: psykId,
          targetForumName: "Driftsforum Voksenpsykiatri",
          direction: "ned",
        }),
      ),
    ),
    kindedItem(
      "beslutning",
      "Mødeplan",
      section("beslutning", decision("Mødeplanen blev godkendt."), actionItem("Mødeplanen sendes til alle fora.", { ownerKind: "formandskabet", ownerName: "Formandskabet", dueKind: "dato", dueDate })),
    ),
    kindedItem(null, "Eventuelt", section("beslutning", paragraph("Ingen bemærkninger."))),
  );
}

/**
 * A Chefforum meeting three months ago with published minutes, open action
 * items (one overdue) and an escalation down to a Driftsforum, and the
 * forum's årshjul: so the dashboard, the public site, carry-over and the
 * inboxes have something to show in the demo.
 */
export async function seedDemoHistory(db: Db, forums: DemoForums): Promise<void> {
  const startsAt = new Date(Date.now() - 90 * 86_400_000);
  startsAt.setUTCHours(13, 0, 0, 0);
  const overdue = copenhagenDate(new Date(Date.now() - 14 * 86_400_000));
  const content = minutes(forums.participants, forums.psykId, overdue);
  const heading = { title: "Møde i Chefforum", startsAt, place: "Regionshuset, Aalborg" };
  const { meetingId, documentId } = await createMeeting(db, { forumId: forums.chefId, ...heading, content });
  await syncBlocks(db, documentId, extractBlocks(content));
  for (const kind of ["dagsorden", "referat", "godkendt", "offentliggjort"]) {
    await db.insert(meetingVersions).values({ meetingId, kind, version: 1, doc: content, ...heading, forumName: "Chefforum", clusterName: forums.clusterName, createdBy: forums.secretaryId });
  }
  const sent = new Date(startsAt.getTime() + 5 * 86_400_000);
  await db
    .update(meetings)
    .set({ status: "offentliggjort", agendaSentAt: startsAt, minutesSentAt: sent, approvedAt: sent, publishedAt: sent, commentPeriodEndsOn: copenhagenDate(sent) })
    .where(eq(meetings.id, meetingId));
  await db.insert(agreements).values([
    { forumId: forums.chefId, name: "Indlæggelse og udskrivning", reviewMonth: 3 },
    { forumId: forums.chefId, name: "Psykisk sygdom og samtidigt misbrug", reviewMonth: 6, needsRevision: true },
    { forumId: forums.chefId, name: "Hjælp til selvmordstruet borger", reviewMonth: 9 },
    { forumId: forums.chefId, name: "Forløbsprogram for bipolar affektiv lidelse", reviewMonth: 11 },
  ]);
}
