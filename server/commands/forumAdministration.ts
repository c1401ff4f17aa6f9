import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.js";
import { clusters, forumReports, forums, organisations, regions } from "../../db/schema/index.js";
import type { Sector } from "../../shared/region/vocabulary.js";
import type { ExtraDaysOff } from "../../shared/rules/danishCalendar.js";
import { defaultEvaluationDue } from "../../shared/rules/evaluation.js";
import { wouldCreateLoop } from "../../shared/rules/forumHierarchy.js";
import { AppError } from "../errors.js";

/** A forum's fields as an administrator writes them; `reportsTo` lists the forums it reports to. */
export type ForumFields = Omit<typeof forums.$inferInsert, "id" | "regionId" | "clusterId" | "createdAt"> & { reportsTo?: string[] };
/** Where a forum sits: its region, and its cluster (null for a region-wide body). */
export type ForumPlace = { regionId: string; clusterId: string | null };

// Graph changes of one region are serialised, so two concurrent edits cannot close a cycle between them.
async function lockRegion(tx: Tx, regionId: string) {
  await tx.execute(sql`select 1 from ${regions} where ${regions.id} = ${regionId} for update`);
}

// A forum reports to forums of its own region: of its own cluster or region-wide bodies, and never, through others, to itself.
async function setParents(tx: Tx, place: ForumPlace, forumId: string, parents: string[]) {
  await lockRegion(tx, place.regionId);
  const unique = [...new Set(parents)];
  const found = unique.length ? await tx.select({ id: forums.id, regionId: forums.regionId, clusterId: forums.clusterId }).from(forums).where(inArray(forums.id, unique)) : [];
  const crosses = (f: { regionId: string; clusterId: string | null }) => f.regionId !== place.regionId || (place.clusterId !== null && f.clusterId !== null && f.clusterId !== place.clusterId);
  if (found.length !== unique.length || found.some(crosses)) {
    throw new AppError(400, "outside_ladder", "Et forum kan kun referere til fora i sin egen klynge eller til regionale organer i samme region.");
  }
  const regionForums = tx.select({ id: forums.id }).from(forums).where(eq(forums.regionId, place.regionId));
  const edges = await tx.select().from(forumReports).where(inArray(forumReports.forumId, regionForums));
  if (wouldCreateLoop(edges, forumId, unique)) throw new AppError(400, "reporting_loop", "Et forum kan ikke referere til sig selv, hverken direkte eller gennem andre fora.");
  await tx.delete(forumReports).where(eq(forumReports.forumId, forumId));
  if (unique.length) await tx.insert(forumReports).values(unique.map((reportsToForumId) => ({ forumId, reportsToForumId })));
}

/** Sets which extra days off the cluster's deadlines skip. */
export async function changeClusterDaysOff(db: Db, clusterId: string, extraDaysOff: ExtraDaysOff): Promise<void> {
  await db.update(clusters).set({ extraDaysOff }).where(eq(clusters.id, clusterId));
}

/** Creates a cluster in the region; 409 when the region has one by that name. */
export async function createCluster(db: Db, regionId: string, name: string) {
  const [cluster] = await db.insert(clusters).values({ regionId, name }).onConflictDoNothing().returning();
  if (!cluster) throw new AppError(409, "exists", "Regionen har allerede en klynge med det navn.");
  return cluster;
}

/** Creates a forum of a cluster, or a region-wide body when `place.clusterId` is null, with its place in the graph. */
export async function createForum(db: Db, place: ForumPlace, { reportsTo = [], ...fields }: ForumFields) {
  return db.transaction(async (tx) => {
    const [forum] = await tx.insert(forums).values({ ...fields, ...place, evaluationDue: fields.evaluationDue ?? defaultEvaluationDue(new Date()) }).returning();
    await setParents(tx, place, forum.id, reportsTo);
    return { ...forum, reportsTo: [...new Set(reportsTo)] };
  });
}

/** Changes only the forum fields given; a new place in the graph is checked first. */
export async function changeForum(db: Db, forum: { id: string } & ForumPlace, { reportsTo, ...fields }: Partial<ForumFields>) {
  return db.transaction(async (tx) => {
    if (reportsTo !== undefined) await setParents(tx, forum, forum.id, reportsTo);
    const [updated] = Object.keys(fields).length ? await tx.update(forums).set(fields).where(eq(forums.id, forum.id)).returning() : await tx.select().from(forums).where(eq(forums.id, forum.id));
    const parents = await tx.select({ id: forumReports.reportsToForumId }).from(forumReports).where(eq(forumReports.forumId, forum.id));
    return { ...updated, reportsTo: parents.map((p) => p.id) };
  });
}

/** Adds an organisation the region's members can sit for; 409 when the region has one by that name. */
export async function addOrganisation(db: Db, regionId: string, name: string, sector: Sector | null = null) {
  const [org] = await db.insert(organisations).values({ regionId, name, sector }).onConflictDoNothing().returning();
  if (!org) throw new AppError(409, "exists", "Organisationen findes allerede.");
  return org;
}

/** True when the organisation belongs to the region. */
export async function organisationInRegion(db: Db, organisationId: string, regionId: string): Promise<boolean> {
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.id, organisationId), eq(organisations.regionId, regionId)));
  return row !== undefined;
}
