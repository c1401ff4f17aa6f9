import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { hashPassword } from "../auth/password.js";
import { createMeeting } from "../commands/meetingCreator.js";
import { copenhagenTime } from "../../shared/rules/copenhagenTime.js";
import type { Db } from "../../db/client.js";
import { demoAgenda } from "./demoAgenda.js";
import { clusterAdmins, clusters, forumReports, forums, meetings, memberships, organisations, regionAdmins, regions, users } from "../../db/schema/index.js";
import type { Sector } from "../../shared/region/vocabulary.js";
import { RULES_SYD } from "../../shared/rules/kommissorium.js";
import { seedDemoHistory } from "./demoHistory.js";
import { agendaTemplate } from "../commands/agendaTemplate.js";
import { DEFAULT_STANDING_ITEMS } from "../../shared/rules/standingItems.js";

/** The password of the three demo logins. */
export const DEMO_PASSWORD = "demo-moede";

/** The demo logins `npm start` prints. */
export const DEMO_LOGINS = [
  { email: "formand@demo.invalid", role: "chair" },
  { email: "sekretariat@demo.invalid", role: "secretariat" },
  { email: "medlem@demo.invalid", role: "member" },
] as const;

// Invented people; none of them appear in the real documents.
const SECTOR_OF: Record<string, Sector> = {
  "Aalborg Kommune": "kommune",
  "Rebild Kommune": "kommune",
  "Region Nordjylland": "region",
  "Aalborg Universitetshospital": "region",
  "Psykiatrien i Region Nordjylland": "region",
  "PLO Nordjylland": "almen_praksis",
};

const PEOPLE = [
  { email: "formand@demo.invalid", name: "Karen Lund Vestergaard", org: "Aalborg Kommune", role: "chair" },
  { email: "sekretariat@demo.invalid", name: "Mads Holm Kjærgaard", org: "Region Nordjylland", role: "secretariat" },
  { email: "medlem@demo.invalid", name: "Signe Bak Thomsen", org: "Rebild Kommune", role: "member" },
  { email: "henrik.oestergaard@demo.invalid", name: "Henrik Østergaard Nielsen", org: "Aalborg Universitetshospital", role: "chair" },
  { email: "lotte.friis@demo.invalid", name: "Lotte Friis Andersen", org: "Psykiatrien i Region Nordjylland", role: "member", absent: true },
  { email: "peter.skov@demo.invalid", name: "Peter Skov Madsen", org: "PLO Nordjylland", role: "member" },
  { email: "anne.krogh@demo.invalid", name: "Anne Mette Krogh", org: "Aalborg Kommune", role: "secretariat" },
] as const;

/** The first weekday at least two weeks ahead, so the demo meeting is always upcoming. */
function upcomingMeetingDate(now = new Date()): Date {
  const day = new Date(now.getTime() + 14 * 24 * 3600_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return copenhagenTime(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), 14, 0);
}

/** True when the database has no users yet. */
export async function isEmpty(db: Db): Promise<boolean> {
  const result = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return result[0].n === 0;
}

/** Seeds Region Nordjylland around "Sundhedsklynge Midt": forums and bodies, invented members, a past meeting with published minutes and an upcoming one. */
export async function seedDemo(db: Db): Promise<void> {
  const demoHash = await hashPassword(DEMO_PASSWORD);
  const otherHash = await hashPassword(randomBytes(24).toString("base64url"));
  const [region] = await db.insert(regions).values({ name: "Region Nordjylland" }).returning();
  const orgRows = await db
    .insert(organisations)
    .values(Object.entries(SECTOR_OF).map(([name, sector]) => ({ regionId: region.id, name, sector })))
    .returning();
  const orgId = (name: string) => orgRows.find((o) => o.name === name)!.id;
  const { cluster, direktoer, chef, drift } = await seedRegion(db, region.id);

  const isDemoLogin = (email: string) => DEMO_LOGINS.some((l) => l.email === email);
  const userRows = await db
    .insert(users)
    .values(PEOPLE.map((p) => ({ email: p.email, name: p.name, organisationId: orgId(p.org), passwordHash: isDemoLogin(p.email) ? demoHash : otherHash })))
    .returning();
  // Each chair sits for a sector, as the kommissorium names one chair from each side.
  await db.insert(memberships).values(
    PEOPLE.map((p) => ({ userId: userRows.find((u) => u.email === p.email)!.id, forumId: chef.id, role: p.role, organisationId: orgId(p.org), sector: p.role === "chair" ? SECTOR_OF[p.org] : null })),
  );

  const roleOf = { chair: "medformand", secretariat: "sekretariat", member: "medlem" } as const;
  const participants = PEOPLE.map((p) => ({
    userId: userRows.find((u) => u.email === p.email)!.id,
    name: p.name,
    organisation: p.org,
    role: roleOf[p.role],
    present: !("absent" in p),
  })).sort((a, b) => Number(a.role === "sekretariat") - Number(b.role === "sekretariat"));
  // The secretariat runs the cluster (forums, rules and members) and the region's clusters and bodies.
  await db.insert(clusterAdmins).values({ clusterId: cluster.id, userId: userRows.find((u) => u.email === "sekretariat@demo.invalid")!.id });
  await db.insert(regionAdmins).values({ regionId: region.id, userId: userRows.find((u) => u.email === "sekretariat@demo.invalid")!.id });

  const secretaryId = userRows.find((u) => u.email === "sekretariat@demo.invalid")!.id;
  const psykId = drift.find((f) => f.name === "Driftsforum Voksenpsykiatri")!.id;
  // The cluster secretariat also serves Driftsforum Voksenpsykiatri and Direktørforum, so an escalation
  // can be followed down and up the ladder from one login, without the admin pages.
  await db.insert(memberships).values([
    { userId: secretaryId, forumId: psykId, role: "secretariat" },
    { userId: secretaryId, forumId: direktoer.id, role: "secretariat" },
  ]);
  await seedDemoHistory(db, { chefId: chef.id, psykId, participants, secretaryId, clusterName: cluster.name });
  const upcoming = await createMeeting(db, {
    forumId: chef.id,
    title: "Møde i Chefforum",
    startsAt: upcomingMeetingDate(),
    place: "Mødelokale 2, Regionshuset, Aalborg",
    content: demoAgenda(chef.name, participants),
  });
  // Hosted by Aalborg Kommune, so the chair sitting for the municipalities leads it.
  await db.update(meetings).set({ status: "dagsorden_kladde", hostOrganisationId: orgId("Aalborg Kommune") }).where(eq(meetings.id, upcoming.meetingId));
  // An upcoming Direktørforum meeting for escalations from Chefforum to land on.
  await createMeeting(db, {
    forumId: direktoer.id,
    title: "Møde i Direktørforum",
    startsAt: new Date(upcomingMeetingDate().getTime() + 14 * 24 * 3600_000),
    place: "Regionshuset, Aalborg",
    content: agendaTemplate({ forumName: direktoer.name, standingItems: DEFAULT_STANDING_ITEMS, participants: [] }),
  });
}

type ForumSeed = { clusterId: string | null; name: string; kind: typeof forums.$inferInsert.kind; reportsTo?: string[]; rules?: typeof RULES_SYD; deadlinesFirm?: boolean };

/**
 * Region Nordjylland as seed 004 shows it: three clusters, each with its own
 * ladder, and region-wide bodies taking cases from all of them. Børn-Unge
 * Psykiatri serves every cluster's Chefforum; a sub-group serves two Driftsfora.
 */
async function seedRegion(db: Db, regionId: string) {
  const add = async ({ reportsTo = [], ...fields }: ForumSeed) => {
    const [forum] = await db.insert(forums).values({ regionId, ...fields }).returning();
    if (reportsTo.length) await db.insert(forumReports).values(reportsTo.map((reportsToForumId) => ({ forumId: forum.id, reportsToForumId })));
    return forum;
  };
  const [cluster, nord, syd] = await db
    .insert(clusters)
    .values(["Sundhedsklynge Midt", "Sundhedsklynge Nord", "Sundhedsklynge Syd"].map((name) => ({ regionId, name })))
    .returning();
  const strategisk = await add({ clusterId: null, name: "Strategisk Sundhedsforum", kind: "politisk" });
  const forretningsudvalg = await add({ clusterId: null, name: "Fælles Forretningsudvalg", kind: "regionalt_udvalg" });
  // Seed 004: what the clusters send to Koordineringsgruppen is laid before Fælles Forretningsudvalg.
  const koordinering = await add({ clusterId: null, name: "Koordineringsgruppen", kind: "regionalt_udvalg", reportsTo: [forretningsudvalg.id] });
  const politisk = await add({ clusterId: cluster.id, name: "Politisk Klynge Midt", kind: "politisk", reportsTo: [strategisk.id] });
  const direktoer = await add({ clusterId: cluster.id, name: "Direktørforum", kind: "direktoerforum", reportsTo: [politisk.id] });
  const chef = await add({ clusterId: cluster.id, name: "Chefforum", kind: "chefforum", reportsTo: [direktoer.id, koordinering.id] });
  const drift = [];
  for (const name of ["Voksen Somatik", "Voksenpsykiatri", "Børn-Unge Somatik"]) drift.push(await add({ clusterId: cluster.id, name: `Driftsforum ${name}`, kind: "driftsforum", reportsTo: [chef.id] }));
  const chefNord = await add({ clusterId: nord.id, name: "Chefforum Nord", kind: "chefforum", reportsTo: [koordinering.id] });
  const styregruppeSyd = await add({ clusterId: syd.id, name: "Styregruppen Syd", kind: "klyngestyregruppe", reportsTo: [koordinering.id], rules: RULES_SYD, deadlinesFirm: false });
  await add({ clusterId: syd.id, name: "Driftsgruppen Syd", kind: "driftsgruppe", reportsTo: [styregruppeSyd.id], rules: RULES_SYD, deadlinesFirm: false });
  drift.push(await add({ clusterId: null, name: "Driftsforum Børn-Unge Psykiatri", kind: "driftsforum", reportsTo: [chef.id, chefNord.id, styregruppeSyd.id] }));
  const [somatik, psyk] = drift;
  await add({ clusterId: cluster.id, name: "Undergruppe for borgere med psykisk og somatisk sygdom", kind: "arbejdsgruppe", reportsTo: [somatik.id, psyk.id] });
  return { cluster, direktoer, chef, drift };
}
