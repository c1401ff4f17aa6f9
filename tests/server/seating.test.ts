import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clusterAdmins, invitations, memberships, organisations, regions } from "../../db/schema/index.js";
import { addMember, createForum, createMeetingScenario, createUser } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let admin: string;

beforeAll(async () => {
  // No mail server: the admin is handed the link, which stands in for the mail here.
  server = await startTestServer();
  const { db } = server.deps.database;
  scenario = await createMeetingScenario(db);
  await db.insert(clusterAdmins).values({ clusterId: scenario.forum.clusterId!, userId: scenario.secretary.id });
  admin = await login(server, scenario.secretary.email);
});
afterAll(async () => {
  await server.close();
});

const membersPath = () => `/api/admin/forums/${scenario.forum.id}/members`;
const seat = (json: unknown) => server.request(membersPath(), { method: "POST", json, cookie: admin });
const roster = async () => (await server.request(membersPath(), { cookie: admin })).json();
const tokenOf = (link: string) => /\/invitation\/([a-z2-7]{52})$/.exec(link)![1];
const accept = (token: string, json: unknown, cookie?: string) => server.request(`/api/invitations/${token}/accept`, { method: "POST", json, cookie });

describe("chair seats and their sector", () => {
  it("asks a chair's sector, takes it from the organisation, and keeps organisations to the forum's region", async () => {
    const { db } = server.deps.database;
    const [hospital] = await db.insert(organisations).values({ regionId: scenario.forum.regionId, name: "Aalborg Universitetshospital", sector: "region" }).returning();
    const [elsewhere] = await db.insert(regions).values({ name: "Region Fjernland" }).returning();
    const [foreign] = await db.insert(organisations).values({ regionId: elsewhere.id, name: "Fjern Kommune", sector: "kommune" }).returning();

    const noSector = await seat({ email: "formand@test.invalid", name: "Frida Formand", role: "chair" });
    expect(noSector.status).toBe(400);
    expect((await noSector.json()).error).toEqual({ code: "sector_required", message: "Angiv hvilken sektor formanden sidder for (kommune, region, almen praksis eller andet)." });
    const outside = await seat({ email: "formand@test.invalid", name: "Frida Formand", role: "chair", organisationId: foreign.id });
    expect(outside.status).toBe(400);
    expect((await outside.json()).error).toEqual({ code: "organisation_outside_region", message: "Organisationen hører ikke til forummets region." });
    const badSector = await seat({ email: "formand@test.invalid", name: "Frida Formand", role: "chair", sector: "hospital" });
    expect(badSector.status).toBe(400);

    expect((await seat({ email: "formand@test.invalid", name: "Frida Formand", role: "chair", organisationId: hospital.id })).status).toBe(202);
    expect((await seat({ email: "praksis@test.invalid", name: "Per Praksis", role: "chair", sector: "almen_praksis" })).status).toBe(202);
    const { invitations: pending } = await roster();
    expect(pending.map((p: { name: string; sector: string }) => [p.name, p.sector]).sort()).toEqual([["Frida Formand", "region"], ["Per Praksis", "almen_praksis"]]);
  });

  it("refuses to make a member chair without a sector, and shows the sector in the roster", async () => {
    const path = `/api/admin/forums/${scenario.forum.id}/members/${scenario.member.id}`;
    const refused = await server.request(path, { method: "PATCH", json: { role: "chair" }, cookie: admin });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.code).toBe("sector_required");
    expect((await server.request(path, { method: "PATCH", json: { role: "chair", sector: "kommune" }, cookie: admin })).status).toBe(200);
    // The sector stays when only the role changes, and a chair's cannot be cleared.
    expect((await server.request(path, { method: "PATCH", json: { role: "chair" }, cookie: admin })).status).toBe(200);
    expect((await server.request(path, { method: "PATCH", json: { role: "chair", sector: null }, cookie: admin })).status).toBe(400);
    const { members: seated } = await roster();
    expect(seated.find((m: { userId: string }) => m.userId === scenario.member.id)).toMatchObject({ role: "chair", sector: "kommune" });
  });
});

describe("an invitation to someone who has an account", () => {
  it("is accepted only by that account, logged in, and seats it with the invitation's terms", async () => {
    const { db } = server.deps.database;
    const otherCluster = await createForum(db, "Chefforum", scenario.forum.regionId);
    const invited = await createUser(db, { name: "Gitte Gæst" });
    await addMember(db, otherCluster.id, invited.id, "member");
    const res = await seat({ email: invited.email, name: "Gitte fra Klynge Nord", role: "chair", sector: "kommune" });
    expect(res.status).toBe(202);
    const token = tokenOf((await res.json()).link);

    const shown = await (await server.request(`/api/invitations/${token}`)).json();
    expect(shown.invitation).toEqual({ email: invited.email, name: "Gitte fra Klynge Nord", forumName: "Chefforum", role: "chair", expiresAt: expect.any(String) });
    const asNewcomer = await accept(token, { name: "Gitte", password: "et-langt-kodeord" });
    expect(asNewcomer.status).toBe(409);
    expect((await asNewcomer.json()).error.code).toBe("account_exists");
    expect((await accept(token, {})).status).toBe(401);
    const wrong = await accept(token, {}, await login(server, scenario.outsider.email));
    expect(wrong.status).toBe(403);
    expect((await wrong.json()).error).toEqual({
      code: "invitation_other_account",
      message: "Invitationen er sendt til en anden e-mail end den, du er logget ind med. Log ud, og log ind med den e-mail, invitationen er sendt til.",
    });
    expect(await db.select().from(memberships).where(and(eq(memberships.forumId, scenario.forum.id), eq(memberships.userId, scenario.outsider.id)))).toEqual([]);

    const own = await login(server, invited.email);
    expect((await accept(token, {}, own)).status).toBe(201);
    const [seatRow] = await db.select().from(memberships).where(and(eq(memberships.forumId, scenario.forum.id), eq(memberships.userId, invited.id)));
    expect(seatRow).toMatchObject({ role: "chair", sector: "kommune" });
    const [used] = await db.select().from(invitations).where(eq(invitations.email, invited.email));
    expect(used.acceptedAt).not.toBeNull();
    expect((await accept(token, {}, own)).status).toBe(404);
    const meetings = await (await server.request("/api/meetings", { cookie: own })).json();
    expect(meetings.meetings.map((m: { id: string }) => m.id)).toContain(scenario.meetingId);
  });

  it("wants a name with a password, or neither", async () => {
    const res = await seat({ email: "halv@test.invalid", name: "Halv Person", role: "member" });
    const half = await accept(tokenOf((await res.json()).link), { password: "et-langt-kodeord" });
    expect(half.status).toBe(400);
    expect((await half.json()).error.message).toContain("Angiv både dit navn og en adgangskode.");
  });
});
