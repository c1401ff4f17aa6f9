import { createHash } from "node:crypto";
import { and, eq, max, sql } from "drizzle-orm";
import * as Y from "yjs";
import type { Tx } from "../../db/client.js";
import { attachments, clusters, documents, forums, frozenFiles, meetings, meetingVersions, regions, type FrozenAttachment, type FrozenCarryOver } from "../../db/schema/index.js";
import { readStoredState } from "../extraction/storedState.js";
import { forumClusterName } from "../queries/forumPlace.js";
import { yDocToJson } from "../../shared/editor/ydoc.js";
import type { DocJSON } from "../../shared/blocks/types.js";
import type { VersionKind } from "../../shared/protocol/versions.js";
import { notFound } from "../errors.js";
import { carryOverEntries } from "../queries/actionItemList.js";
import { leadershipNames, type LeadershipNames } from "../queries/meetingLeadership.js";

/** A meeting row locked for one lifecycle step, with the names its heading prints. */
export type LockedMeeting = Awaited<ReturnType<typeof lockMeeting>>;

/**
 * Reads the meeting and locks its row until the transaction ends, so two
 * requests for a step of the same meeting take turns: the second sees the
 * state the first left.
 */
export async function lockMeeting(tx: Tx, meetingId: string) {
  const [row] = await tx
    .select({ meeting: meetings, forumName: forums.name, clusterName: forumClusterName })
    .from(meetings)
    .innerJoin(forums, eq(forums.id, meetings.forumId))
    .leftJoin(clusters, eq(clusters.id, forums.clusterId))
    .innerJoin(regions, eq(regions.id, forums.regionId))
    .where(eq(meetings.id, meetingId))
    .for("update", { of: meetings });
  if (!row) throw notFound("Mødet");
  return row;
}

/** Everything a frozen version holds besides its kind and number. */
export type FrozenRecord = Pick<typeof meetingVersions.$inferInsert, "title" | "startsAt" | "place" | "forumName" | "clusterName" | "doc"> &
  LeadershipNames & {
    attachments: FrozenAttachment[];
    carryOver: FrozenCarryOver[];
  };

/**
 * The record as it stands: the heading from the meeting row (host and
 * mødeleder, the default one included, and joint forum by name), the
 * document as stored (read under the document's freeze lock, which every
 * insert of an update waits for: on any node, an update is either in it or
 * refused once the step commits), the attachments (their bytes kept once per content, so the
 * version keeps them whatever happens to the live rows) and the carry-over.
 */
export async function currentRecord(tx: Tx, locked: LockedMeeting): Promise<FrozenRecord> {
  const { meeting } = locked;
  const doc = await storedDocumentJson(tx, meeting.id);
  const files = await tx.select().from(attachments).where(eq(attachments.meetingId, meeting.id)).orderBy(attachments.createdAt);
  const frozen: FrozenAttachment[] = [];
  for (const file of files) {
    const sha256 = createHash("sha256").update(file.data).digest("hex");
    await tx.insert(frozenFiles).values({ sha256, data: file.data }).onConflictDoNothing();
    frozen.push({ agendaItemId: file.agendaItemId, filename: file.filename, contentType: file.contentType, size: file.size, sha256 });
  }
  return {
    title: meeting.title,
    startsAt: meeting.startsAt,
    place: meeting.place,
    forumName: locked.forumName,
    clusterName: locked.clusterName,
    ...(await leadershipNames(tx, meeting)),
    doc,
    attachments: frozen,
    carryOver: await carryOverEntries(tx, meeting.forumId, meeting.startsAt),
  };
}

// The meeting's document as stored, read while no update of it can commit (see migration 0020).
async function storedDocumentJson(tx: Tx, meetingId: string): Promise<DocJSON> {
  const [document] = await tx.select({ id: documents.id }).from(documents).where(eq(documents.meetingId, meetingId));
  if (!document) throw notFound("Dokumentet");
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`frozen:${document.id}`}))`);
  const doc = new Y.Doc();
  (await readStoredState(tx, document.id)).updates.forEach((update) => Y.applyUpdate(doc, update));
  const json = yDocToJson(doc);
  doc.destroy();
  return json;
}

/** Stores `record` as the next version of its kind; returns the version number. */
export async function storeVersion(tx: Tx, meetingId: string, kind: VersionKind, record: FrozenRecord, userId: string | null): Promise<number> {
  const [{ last }] = await tx
    .select({ last: max(meetingVersions.version) })
    .from(meetingVersions)
    .where(and(eq(meetingVersions.meetingId, meetingId), eq(meetingVersions.kind, kind)));
  const version = (last ?? 0) + 1;
  await tx.insert(meetingVersions).values({ meetingId, kind, version, ...record, createdBy: userId });
  return version;
}
