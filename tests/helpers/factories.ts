import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { clusters, forumReports, forums, meetings, memberships, organisations, regions, users } from "../../db/schema/index.js";
import { hashPassword } from "../../server/auth/password.js";
import type { Role } from "../../server/auth/roles.js";
import { createMeeting } from "../../server/commands/meetingCreator.js";
import type { DocJSON } from "../../shared/blocks/extractBlocks.js";
import { build } from "../../shared/editor/build.js";
import type { HeldStatus } from "../../shared/rules/heldMeeting.js";

const unique = () => randomBytes(4).toString("hex");
/** The password every factory user gets. */
export const TEST_PASSWORD = "korrekt-hest-batteri";
let passwordHash: Promise<string> | undefined;

/** The region factories build in unless told otherwise: "Region Testland", made on first use. */
export async function testRegion(db: Db): Promise<string> {
  await db.insert(regions).values({ name: "Region Testland" }).onConflictDoNothing();
  const [region] = await db.select({ id: regions.id }).from(regions).where(eq(regions.name, "Region Testland"));
  return region.id;
}

/** Creates a user (invented person) who can log in with {@link TEST_PASSWORD}. */
export async function createUser(db: Db, fields: { name?: string; email?: string } = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const id = unique();
  const [org] = await db.insert(organisations).values({ regionId: await testRegion(db), name: `Testkommune ${id}` }).returning();
  const [user] = await db
    .insert(users)
    .values({
      email: fields.email ?? `person-${id}@test.invalid`,
      name: fields.name ?? `Testperson ${id}`,
      passwordHash: await passwordHash,
      organisationId: org.id,
    })
    .returning();
  return user;
}

/** Creates a cluster (in `regionId`, else the test region) with one forum. */
export async function createForum(db: Db, name = "Chefforum", regionId?: string) {
  const region = regionId ?? (await testRegion(db));
  const [cluster] = await db.insert(clusters).values({ regionId: region, name: `Sundhedsklynge ${unique()}` }).returning();
  const [forum] = await db.insert(forums).values({ regionId: region, clusterId: cluster.id, name, kind: "chefforum" }).returning();
  return forum;
}

/** Where a new forum goes: beside `near` (its region and cluster), or as a region-wide body of its region. */
type ForumSpot = { regionId: string; clusterId: string | null };
type ForumKind = typeof forums.$inferInsert.kind;

/** Adds a forum at `spot` (a cluster's, or region-wide with `clusterId: null`) reporting to `reportsTo`. */
export async function addForum(db: Db, spot: ForumSpot, name: string, kind: ForumKind, reportsTo: string[] = []) {
  const [forum] = await db.insert(forums).values({ regionId: spot.regionId, clusterId: spot.clusterId, name, kind }).returning();
  await reportTo(db, forum.id, reportsTo);
  return forum;
}

/** Lets a forum also report to `reportsTo`. */
export async function reportTo(db: Db, forumId: string, reportsTo: string[]) {
  if (reportsTo.length) await db.insert(forumReports).values(reportsTo.map((reportsToForumId) => ({ forumId, reportsToForumId })));
}

/** Gives a user a role in a forum. */
export async function addMember(db: Db, forumId: string, userId: string, role: Role) {
  await db.insert(memberships).values({ forumId, userId, role });
}

/**
 * Puts a meeting straight into a state where it has been held (minutes in
 * draft by default), so what its document decides counts as decided rather
 * than proposed, without walking the lifecycle.
 */
export async function holdMeeting(db: Db, meetingId: string, status: HeldStatus = "referat_kladde") {
  await db.update(meetings).set({ status }).where(eq(meetings.id, meetingId));
}

/** A fixed start in the future for tests that check computed dates (agenda due 18 February, minutes 11 March 2030). */
export const MEETING_2030 = new Date("2030-03-04T13:00:00Z");

/** Options for a test meeting. */
export interface TestMeetingOptions {
  /** Two hours ago by default: late enough for every step of the lifecycle. Pass a future time for a meeting to come. */
  startsAt?: Date;
}

/** Creates a meeting whose document holds `content` (one agenda item by default). */
export async function createTestMeeting(db: Db, forumId: string, content?: DocJSON, options: TestMeetingOptions = {}) {
  return createMeeting(db, {
    forumId,
    title: "Møde i Chefforum",
    startsAt: options.startsAt ?? new Date(Date.now() - 2 * 60 * 60 * 1000),
    place: "Mødelokale 1",
    content: content ?? build.doc(build.agendaItem("Godkendelse af dagsorden", build.paragraph("Det indstilles, at dagsordenen godkendes."))),
  });
}

/** A forum with a chair, a secretary and a member, and one meeting. */
export async function createMeetingScenario(db: Db, content?: DocJSON, options: TestMeetingOptions = {}) {
  const forum = await createForum(db);
  const chair = await createUser(db, { name: "Birthe Chair Holm" });
  const secretary = await createUser(db, { name: "Jonas Sekretær Dal" });
  const member = await createUser(db, { name: "Ulla Medlem Ravn" });
  const outsider = await createUser(db, { name: "Ole Udenfor Bech" });
  await addMember(db, forum.id, chair.id, "chair");
  await addMember(db, forum.id, secretary.id, "secretariat");
  await addMember(db, forum.id, member.id, "member");
  const meeting = await createTestMeeting(db, forum.id, content, options);
  return { forum, chair, secretary, member, outsider, ...meeting };
}
