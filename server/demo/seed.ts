import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { hashPassword } from "../auth/password.js";
import { createMeeting } from "../commands/meetingCreator.js";
import { copenhagenTime } from "../../shared/rules/copenhagenTime.js";
import type { Db } from "../../db/client.js";
import { demoAgenda } from "./demoAgenda.js";
import { clusterAdmins, clusters, forums, meetings, memberships, organisations, users } from "../../db/schema/index.js";
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

/** Seeds "Sundhedsklynge Midt": its forums, invented members, a past meeting with published minutes and an upcoming one. */
export async function seedDemo(db: Db): Promise<void> {
  const demoHash = await hashPassword(DEMO_PASSWORD);
  const otherHash = await hashPassword(randomBytes(24).toString("base64url"));
  const orgNames = [...new Set(PEOPLE.map((p) => p.org))];
  const orgRows = await db.insert(organisations).values(orgNames.map((name) => ({ name }))).returning();
  const orgId = (name: string) => orgRows.find((o) => o.name === name)!.id;

  const [cluster] = await db.insert(clusters).values({ name: "Sundhedsklynge Midt" }).returning();
  const [direktoer] = await db.insert(forums).values({ clusterId: cluster.id, name: "Direktørforum", kind: "direktoerforum" }).returning();
  const [chef] = await db
    .insert(forums)
    .values({ clusterId: cluster.id, name: "Chefforum", kind: "chefforum", reportsToForumId: direktoer.id })
    .returning();
  const driftsfora = ["Voksen Somatik", "Voksenpsykiatri", "Børn-Unge Somatik", "Børn-Unge Psykiatri"];
  const drift = await db.insert(forums).values(
    driftsfora.map((name) => ({ clusterId: cluster.id, name: `Driftsforum ${name}`, kind: "driftsforum" as const, reportsToForumId: chef.id })),
  ).returning();

  const isDemoLogin = (email: string) => DEMO_LOGINS.some((l) => l.email === email);
  const userRows = await db
    .insert(users)
    .values(PEOPLE.map((p) => ({ email: p.email, name: p.name, organisationId: orgId(p.org), passwordHash: isDemoLogin(p.email) ? demoHash : otherHash })))
    .returning();
  await db.insert(memberships).values(
    PEOPLE.map((p) => ({ userId: userRows.find((u) => u.email === p.email)!.id, forumId: chef.id, role: p.role, organisationId: orgId(p.org) })),
  );

  const roleOf = { chair: "medformand", secretariat: "sekretariat", member: "medlem" } as const;
  const participants = PEOPLE.map((p) => ({
    userId: userRows.find((u) => u.email === p.email)!.id,
    name: p.name,
    organisation: p.org,
    role: roleOf[p.role],
    present: !("absent" in p),
  })).sort((a, b) => Number(a.role === "sekretariat") - Number(b.role === "sekretariat"));
  // The secretariat runs the cluster: forums, rules and members.
  await db.insert(clusterAdmins).values({ clusterId: cluster.id, userId: userRows.find((u) => u.email === "sekretariat@demo.invalid")!.id });

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
  await db.update(meetings).set({ status: "dagsorden_kladde" }).where(eq(meetings.id, upcoming.meetingId));
  // An upcoming Direktørforum meeting for escalations from Chefforum to land on.
  await createMeeting(db, {
    forumId: direktoer.id,
    title: "Møde i Direktørforum",
    startsAt: new Date(upcomingMeetingDate().getTime() + 14 * 24 * 3600_000),
    place: "Regionshuset, Aalborg",
    content: agendaTemplate({ forumName: direktoer.name, standingItems: DEFAULT_STANDING_ITEMS, participants: [] }),
  });
}
