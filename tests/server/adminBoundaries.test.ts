import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberships } from "../../db/schema/index.js";
import { adminScenario, adminSnapshot } from "../helpers/adminScenario.js";
import { addForum, addMember, createUser } from "../helpers/factories.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let s: Awaited<ReturnType<typeof adminScenario>>;

beforeAll(async () => {
  server = await startTestServer();
  s = await adminScenario(server);
});
afterAll(async () => {
  await server.close();
});

const asAdminA = (path: string, method: string, json?: unknown) => server.request(path, { method, json, cookie: s.cookies.clusterAdmin });
const asRegionAdmin = (path: string, method: string, json?: unknown) => server.request(path, { method, json, cookie: s.cookies.regionAdmin });
const OUTSIDE_LADDER = { code: "outside_ladder", message: "Et forum kan kun referere til fora i sin egen klynge eller til regionale organer i samme region." };
const LOOP = { code: "reporting_loop", message: "Et forum kan ikke referere til sig selv, hverken direkte eller gennem andre fora." };

describe("the cluster boundary", () => {
  it("keeps cluster A's admin out of cluster B", async () => {
    const before = await adminSnapshot(s.db);
    const res = await asAdminA(`/api/admin/clusters/${s.forumB.clusterId}/forums`, "POST", { name: "Indsmuglet forum", kind: "andet" });
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toBe("Kun klyngens administratorer kan gøre dette.");
    expect(await adminSnapshot(s.db)).toBe(before);
  });

  it("refuses a parent in another cluster, and takes a region-wide body", async () => {
    const before = await adminSnapshot(s.db);
    const created = await asAdminA(`/api/admin/clusters/${s.forumA.clusterId}/forums`, "POST", { name: "Arbejdsgruppe på tværs", kind: "arbejdsgruppe", reportsTo: [s.forumB.id] });
    expect(created.status).toBe(400);
    expect((await created.json()).error).toEqual(OUTSIDE_LADDER);
    const moved = await asAdminA(`/api/admin/forums/${s.forumA.id}`, "PATCH", { reportsTo: [s.body.id, s.forumB.id] });
    expect(moved.status).toBe(400);
    expect((await moved.json()).error).toEqual(OUTSIDE_LADDER);
    expect(await adminSnapshot(s.db)).toBe(before);

    const toBody = await asAdminA(`/api/admin/forums/${s.forumA.id}`, "PATCH", { reportsTo: [s.body.id] });
    expect(toBody.status).toBe(200);
    expect((await toBody.json()).forum).toMatchObject({ id: s.forumA.id, name: "Chefforum", reportsTo: [s.body.id] });
  });

  it("refuses a cycle that runs through region-wide bodies", async () => {
    const upper = await addForum(s.db, { regionId: s.regionId, clusterId: null }, "Strategisk Sundhedsforum", "politisk");
    expect((await asRegionAdmin(`/api/admin/forums/${s.body.id}`, "PATCH", { reportsTo: [upper.id] })).status).toBe(200);
    expect((await asAdminA(`/api/admin/forums/${s.forumA.id}`, "PATCH", { reportsTo: [s.body.id] })).status).toBe(200);
    // Chefforum A → Koordineringsgruppen → Strategisk Sundhedsforum → Chefforum A.
    const before = await adminSnapshot(s.db);
    const loop = await asRegionAdmin(`/api/admin/forums/${upper.id}`, "PATCH", { reportsTo: [s.forumA.id] });
    expect(loop.status).toBe(400);
    expect((await loop.json()).error).toEqual(LOOP);
    expect(await adminSnapshot(s.db)).toBe(before);
  });
});

describe("seating someone from outside the cluster", () => {
  const seat = (forumId: string, json: unknown) => asAdminA(`/api/admin/forums/${forumId}/members`, "POST", json);
  // The token differs per invitation; everything else must be the same.
  const masked = async (res: Response) => ({ status: res.status, body: JSON.stringify(await res.json()).replace(/[a-z2-7]{52}/, "TOKEN") });

  it("answers an account in another cluster exactly as an unknown e-mail, and seats no one", async () => {
    const elsewhere = await createUser(s.db, { name: "Kendt Navn Fra Klynge B" });
    await addMember(s.db, s.forumB.id, elsewhere.id, "chair");
    const known = await masked(await seat(s.forumA.id, { email: elsewhere.email, name: "Skrevet Af Admin", role: "member" }));
    const unknown = await masked(await seat(s.forumA.id, { email: "findes.ikke@test.invalid", name: "Ukendt Person", role: "member" }));
    expect(known).toEqual(unknown);
    expect(known.status).toBe(202);

    const seats = await s.db.select().from(memberships).where(eq(memberships.userId, elsewhere.id));
    expect(seats.map((m) => m.forumId)).toEqual([s.forumB.id]);
    const roster = await (await asAdminA(`/api/admin/forums/${s.forumA.id}/members`, "GET")).text();
    expect(roster).toContain("Skrevet Af Admin");
    expect(roster).not.toContain("Kendt Navn Fra Klynge B");
  });

  it("seats at once someone who already sits in the cluster (or, for a body, in the region)", async () => {
    const sibling = await addForum(s.db, { regionId: s.regionId, clusterId: s.forumA.clusterId }, "Driftsforum Somatik", "driftsforum");
    const colleague = await createUser(s.db, { name: "Kollega I Klyngen" });
    await addMember(s.db, sibling.id, colleague.id, "member");
    const res = await seat(s.forumA.id, { email: colleague.email, name: "Kollega I Klyngen", role: "observer" });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ invited: false });

    const fromB = await createUser(s.db, { name: "Fra Klynge B" });
    await addMember(s.db, s.forumB.id, fromB.id, "member");
    const toBody = await asRegionAdmin(`/api/admin/forums/${s.body.id}/members`, "POST", { email: fromB.email, name: "Fra Klynge B", role: "member" });
    expect(toBody.status).toBe(201);
    const seats = await s.db.select({ forumId: memberships.forumId }).from(memberships).where(eq(memberships.userId, fromB.id));
    expect(seats.map((m) => m.forumId).sort()).toEqual([s.forumB.id, s.body.id].sort());
  });
});
