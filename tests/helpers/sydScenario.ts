import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { memberships, organisations, regions } from "../../db/schema/index.js";
import type { Role } from "../../server/auth/roles.js";
import type { Sector } from "../../shared/region/vocabulary.js";
import { addForum, addMember, createForum, createUser, testRegion } from "./factories.js";

async function organisation(db: Db, regionId: string, name: string, sector: Sector) {
  const [org] = await db.insert(organisations).values({ regionId, name, sector }).returning();
  return org;
}

/**
 * Klynge Syd as its kommissorier have it (invented people): Driftsgruppen Syd
 * reporting to Styregruppen Syd, with three chairs, one per sector; the
 * region's organisations of each sector; a forum of another cluster; and an
 * organisation of another region. Build it once per test database.
 */
export async function createSydScenario(db: Db) {
  const regionId = await testRegion(db);
  const styregruppe = await createForum(db, "Styregruppen Syd", regionId);
  const spot = { regionId, clusterId: styregruppe.clusterId };
  const driftsgruppe = await addForum(db, spot, "Driftsgruppen Syd", "driftsgruppe", [styregruppe.id]);
  const regionBody = await addForum(db, { regionId, clusterId: null }, "Koordineringsgruppen", "regionalt_udvalg");
  const otherCluster = await createForum(db, "Chefforum Nord", regionId);
  const [elsewhere] = await db.insert(regions).values({ name: "Region Andetland" }).returning();

  const seat = async (forumId: string, name: string, role: Role, sector?: Sector) => {
    const user = await createUser(db, { name });
    await addMember(db, forumId, user.id, role);
    if (sector) await db.update(memberships).set({ sector }).where(and(eq(memberships.forumId, forumId), eq(memberships.userId, user.id)));
    return user;
  };
  const people = {
    kommuneChair: await seat(driftsgruppe.id, "Karen Kommune Lund", "chair", "kommune"),
    regionChair: await seat(driftsgruppe.id, "Henrik Hospital Vang", "chair", "region"),
    praksisChair: await seat(driftsgruppe.id, "Pia Praksis Holm", "chair", "almen_praksis"),
    secretary: await seat(driftsgruppe.id, "Sofie Sekretær Bak", "secretariat"),
    member: await seat(driftsgruppe.id, "Mads Medlem Krog", "member"),
    styreChair: await seat(styregruppe.id, "Lone Styre Dahl", "chair"),
    styreMember: await seat(styregruppe.id, "Erik Styremedlem Friis", "member"),
    nordChair: await seat(otherCluster.id, "Niels Nord Ebbesen", "chair"),
    outsider: await createUser(db, { name: "Ole Udenfor Bech" }),
  };
  return {
    regionId,
    driftsgruppe,
    styregruppe,
    regionBody,
    otherCluster,
    organisations: {
      kommune: await organisation(db, regionId, "Vesthavn Kommune", "kommune"),
      hospital: await organisation(db, regionId, "Sydkyst Sygehus", "region"),
      praksis: await organisation(db, regionId, "Praksisudvalget Syd", "almen_praksis"),
      elsewhere: await organisation(db, elsewhere.id, "Fjernby Kommune", "kommune"),
    },
    people,
    /** Seats `user` in `forumId` as well, for people who sit in both forums of a joint meeting. */
    seat: (forumId: string, userId: string, role: Role) => addMember(db, forumId, userId, role),
  };
}

/** What {@link createSydScenario} builds. */
export type SydScenario = Awaited<ReturnType<typeof createSydScenario>>;
