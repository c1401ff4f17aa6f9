import { asc } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { clusterAdmins, clusters, forumReports, forums, invitations, memberships, organisations, regionAdmins, regions } from "../../db/schema/index.js";
import { addForum, addMember, createForum, createUser, testRegion } from "./factories.js";
import { login } from "./session.js";
import type { TestServer } from "./testServer.js";

/** Who asks an admin route: nobody, a plain member, the admins around the forum, and an admin of another region. */
export const ACTORS = ["anonymous", "member", "otherClusterAdmin", "clusterAdmin", "regionAdmin", "otherRegionAdmin"] as const;
export type Actor = (typeof ACTORS)[number];

/**
 * A region with two clusters (A with Chefforum, B with Driftsforum) and a
 * region-wide body (Koordineringsgruppen), a second region with a cluster
 * of its own, and a logged-in person for each actor.
 */
export async function adminScenario(server: TestServer) {
  const { db } = server.deps.database;
  const regionId = await testRegion(db);
  const forumA = await createForum(db, "Chefforum", regionId);
  const forumB = await createForum(db, "Driftsforum", regionId);
  const body = await addForum(db, { regionId, clusterId: null }, "Koordineringsgruppen", "regionalt_udvalg");
  const [otherRegion] = await db.insert(regions).values({ name: "Region Andetsteds" }).returning();
  const forumC = await createForum(db, "Chefforum", otherRegion.id);
  const people = {
    member: await createUser(db, { name: "Mette Medlem" }),
    otherClusterAdmin: await createUser(db, { name: "Bo Klynge B" }),
    clusterAdmin: await createUser(db, { name: "Anna Klynge A" }),
    regionAdmin: await createUser(db, { name: "Rikke Region" }),
    otherRegionAdmin: await createUser(db, { name: "Otto Andetsteds" }),
  };
  await addMember(db, forumA.id, people.member.id, "member");
  await db.insert(clusterAdmins).values([
    { clusterId: forumA.clusterId!, userId: people.clusterAdmin.id },
    { clusterId: forumB.clusterId!, userId: people.otherClusterAdmin.id },
  ]);
  await db.insert(regionAdmins).values([
    { regionId, userId: people.regionAdmin.id },
    { regionId: otherRegion.id, userId: people.otherRegionAdmin.id },
  ]);
  const cookies: Record<Actor, string | undefined> = { anonymous: undefined } as Record<Actor, string | undefined>;
  for (const actor of ACTORS) if (actor !== "anonymous") cookies[actor] = await login(server, people[actor].email);
  return { db, regionId, otherRegionId: otherRegion.id, forumA, forumB, forumC, body, people, cookies };
}

/** Every row an admin route could write, in a stable order: equal before and after a refused request. */
export async function adminSnapshot(db: Db): Promise<string> {
  const tables = await Promise.all([
    db.select().from(regions).orderBy(asc(regions.id)),
    db.select().from(clusters).orderBy(asc(clusters.id)),
    db.select().from(forums).orderBy(asc(forums.id)),
    db.select().from(forumReports).orderBy(asc(forumReports.forumId), asc(forumReports.reportsToForumId)),
    db.select().from(organisations).orderBy(asc(organisations.id)),
    db.select().from(memberships).orderBy(asc(memberships.forumId), asc(memberships.userId)),
    db.select().from(invitations).orderBy(asc(invitations.id)),
    db.select().from(clusterAdmins).orderBy(asc(clusterAdmins.clusterId), asc(clusterAdmins.userId)),
    db.select().from(regionAdmins).orderBy(asc(regionAdmins.regionId), asc(regionAdmins.userId)),
  ]);
  return JSON.stringify(tables);
}
