import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regionAdmins } from "../../db/schema/index.js";
import { createMeetingScenario, createTestMeeting, createUser, addMember, testRegion } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let cookie: string;
let regionId: string;
let midtChef: string;

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.deps.database;
  const scenario = await createMeetingScenario(db);
  regionId = await testRegion(db);
  midtChef = scenario.forum.id;
  await db.insert(regionAdmins).values({ regionId, userId: scenario.secretary.id });
  cookie = await login(server, scenario.secretary.email);
});
afterAll(() => server.close());

const api = async (path: string, method: string, json?: unknown) => {
  const res = await server.request(path, { method, json, cookie });
  return { status: res.status, body: await res.json() };
};
const ladderOf = async (forumId: string) => {
  const { db } = server.deps.database;
  const viewer = await createUser(db);
  await addMember(db, forumId, viewer.id, "member");
  const { meetingId } = await createTestMeeting(db, forumId);
  const res = await server.request(`/api/meetings/${meetingId}/context`, { cookie: await login(server, viewer.email) });
  return Object.fromEntries(((await res.json()).ladder as { name: string; direction: string }[]).map((f) => [f.name, f.direction]));
};

describe("the regional model, built by a region admin from the admin API", () => {
  it("lets a region-wide body take cases from two clusters, and a sub-group serve two Driftsfora", async () => {
    const nord = await api(`/api/admin/regions/${regionId}/clusters`, "POST", { name: "Sundhedsklynge Nord" });
    expect(nord.status).toBe(201);
    const nordChef = (await api(`/api/admin/clusters/${nord.body.cluster.id}/forums`, "POST", { name: "Chefforum Nord", kind: "chefforum" })).body.forum;
    const body = await api(`/api/admin/regions/${regionId}/bodies`, "POST", { name: "Koordineringsgruppen", kind: "regionalt_udvalg" });
    expect(body.status).toBe(201);
    expect(body.body.forum).toMatchObject({ clusterId: null, regionId });
    const koordinering = body.body.forum.id;
    for (const chef of [midtChef, nordChef.id]) expect((await api(`/api/admin/forums/${chef}`, "PATCH", { reportsTo: [koordinering] })).status).toBe(200);

    const midtCluster = (await api("/api/admin/clusters", "GET")).body.clusters.find((c: { forums: { id: string }[] }) => c.forums.some((f) => f.id === midtChef));
    const drift = [];
    for (const name of ["Driftsforum Voksen Somatik", "Driftsforum Voksenpsykiatri"]) {
      drift.push((await api(`/api/admin/clusters/${midtCluster.id}/forums`, "POST", { name, kind: "driftsforum", reportsTo: [midtChef] })).body.forum.id);
    }
    const sub = await api(`/api/admin/clusters/${midtCluster.id}/forums`, "POST", { name: "Undergruppe dobbeltdiagnoser", kind: "arbejdsgruppe", reportsTo: drift });
    expect(sub.status).toBe(201);
    expect(sub.body.forum.reportsTo.sort()).toEqual([...drift].sort());

    expect(await ladderOf(midtChef)).toMatchObject({ Koordineringsgruppen: "op", "Undergruppe dobbeltdiagnoser": "ned" });
    expect(await ladderOf(nordChef.id)).toEqual({ Koordineringsgruppen: "op" });
    expect(await ladderOf(koordinering)).toMatchObject({ Chefforum: "ned", "Chefforum Nord": "ned" });
    expect(await ladderOf(sub.body.forum.id)).toMatchObject({ "Driftsforum Voksen Somatik": "op", "Driftsforum Voksenpsykiatri": "op", Chefforum: "op", Koordineringsgruppen: "op" });

    // A cycle through the body is refused, and so is a forum of one cluster reporting to another's.
    const cycle = await api(`/api/admin/forums/${koordinering}`, "PATCH", { reportsTo: [sub.body.forum.id] });
    expect(cycle).toMatchObject({ status: 400, body: { error: { code: "reporting_loop" } } });
    const across = await api(`/api/admin/forums/${nordChef.id}`, "PATCH", { reportsTo: [midtChef] });
    expect(across).toMatchObject({ status: 400, body: { error: { code: "outside_ladder" } } });
    expect((await api("/api/admin/regions", "GET")).body.regions[0].bodies.map((b: { name: string; reportsTo: string[] }) => [b.name, b.reportsTo])).toEqual([["Koordineringsgruppen", []]]);
  });
});
