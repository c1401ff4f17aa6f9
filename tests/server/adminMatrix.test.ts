import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.js";
import { ACTORS, adminScenario, adminSnapshot, type Actor } from "../helpers/adminScenario.js";
import { addMember, createUser } from "../helpers/factories.js";
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

const unique = () => randomBytes(3).toString("hex");
const DAYS_OFF = { extraDaysOff: { grundlovsdag: true, juleaftensdag: true, nytaarsaftensdag: false } };

/** One admin route asked about one subject: the path (set up afresh per request), the body, and who may. */
interface Case {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  route: string;
  subject: string;
  path(): Promise<string> | string;
  body?(): unknown;
  allowed: Actor[];
}

const CLUSTER_ADMINS: Actor[] = ["clusterAdmin", "regionAdmin"];
const REGION_ADMINS: Actor[] = ["regionAdmin"];
// Organisations belong to the region and are shared by its clusters: any admin in the region sees and adds them.
const REGION_ORGANISATIONS: Actor[] = ["clusterAdmin", "otherClusterAdmin", "regionAdmin"];

// A person seated in the forum, made per request so a granted DELETE has someone to remove.
async function seated(forumId: string) {
  const person = await createUser(s.db);
  await addMember(s.db, forumId, person.id, "member");
  return person.id;
}

// The routes on a forum, for cluster A's Chefforum (its cluster's admins) and for the region-wide body (region admins only).
const forumCases = (subject: string, forumId: () => string, allowed: Actor[]): Case[] => [
  { method: "PATCH", route: "/api/admin/forums/:id", subject, path: () => `/api/admin/forums/${forumId()}`, body: () => ({ deadlinesFirm: false }), allowed },
  { method: "GET", route: "/api/admin/forums/:id/members", subject, path: () => `/api/admin/forums/${forumId()}/members`, allowed },
  {
    method: "POST",
    route: "/api/admin/forums/:id/members",
    subject,
    path: () => `/api/admin/forums/${forumId()}/members`,
    body: () => ({ email: `ny-${unique()}@test.invalid`, name: "Nanna Ny", role: "member" }),
    allowed,
  },
  { method: "PATCH", route: "/api/admin/forums/:id/members/:userId", subject, path: async () => `/api/admin/forums/${forumId()}/members/${await seated(forumId())}`, body: () => ({ role: "observer" }), allowed },
  { method: "DELETE", route: "/api/admin/forums/:id/members/:userId", subject, path: async () => `/api/admin/forums/${forumId()}/members/${await seated(forumId())}`, allowed },
];

const CASES: Case[] = [
  { method: "PATCH", route: "/api/admin/clusters/:id", subject: "cluster A", path: () => `/api/admin/clusters/${s.forumA.clusterId}`, body: () => DAYS_OFF, allowed: CLUSTER_ADMINS },
  { method: "POST", route: "/api/admin/clusters/:id/forums", subject: "cluster A", path: () => `/api/admin/clusters/${s.forumA.clusterId}/forums`, body: () => ({ name: `Arbejdsgruppe ${unique()}`, kind: "arbejdsgruppe" }), allowed: CLUSTER_ADMINS },
  { method: "GET", route: "/api/admin/clusters/:id/organisations", subject: "cluster A", path: () => `/api/admin/clusters/${s.forumA.clusterId}/organisations`, allowed: CLUSTER_ADMINS },
  { method: "POST", route: "/api/admin/clusters/:id/organisations", subject: "cluster A", path: () => `/api/admin/clusters/${s.forumA.clusterId}/organisations`, body: () => ({ name: `Kommune ${unique()}`, sector: "kommune" }), allowed: CLUSTER_ADMINS },
  { method: "POST", route: "/api/admin/regions/:id/clusters", subject: "the region", path: () => `/api/admin/regions/${s.regionId}/clusters`, body: () => ({ name: `Sundhedsklynge ${unique()}` }), allowed: REGION_ADMINS },
  { method: "POST", route: "/api/admin/regions/:id/bodies", subject: "the region", path: () => `/api/admin/regions/${s.regionId}/bodies`, body: () => ({ name: `Udvalg ${unique()}`, kind: "regionalt_udvalg" }), allowed: REGION_ADMINS },
  { method: "GET", route: "/api/admin/regions/:id/organisations", subject: "the region", path: () => `/api/admin/regions/${s.regionId}/organisations`, allowed: REGION_ORGANISATIONS },
  { method: "POST", route: "/api/admin/regions/:id/organisations", subject: "the region", path: () => `/api/admin/regions/${s.regionId}/organisations`, body: () => ({ name: `Hospital ${unique()}`, sector: "region" }), allowed: REGION_ORGANISATIONS },
  ...forumCases("cluster A's forum", () => s.forumA.id, CLUSTER_ADMINS),
  ...forumCases("the region-wide body", () => s.body.id, REGION_ADMINS),
];
// Lists everyone logged in may ask for; what they hold is checked below.
const LISTS = ["GET /api/admin/clusters", "GET /api/admin/regions"];
// The access-log export answers every administrator with what they run: its people are checked below, its CSV in accessLog.test.ts.
const SCOPED = ["GET /api/admin/access-log/people", "GET /api/admin/access-log.csv"];

const ask = async (actor: Actor, method: string, path: string, json?: unknown) => server.request(path, { method, json, cookie: s.cookies[actor] });

describe("the admin matrix", () => {
  it("covers every admin route the app serves", () => {
    const served = createApp(server.deps)
      .routes.filter((r) => r.path.startsWith("/api/admin") && r.method !== "ALL")
      .map((r) => `${r.method} ${r.path}`);
    expect(new Set(served)).toEqual(new Set([...CASES.map((c) => `${c.method} ${c.route}`), ...LISTS, ...SCOPED]));
  });

  for (const c of CASES) {
    for (const actor of ACTORS) {
      const granted = c.allowed.includes(actor);
      it(`${c.method} ${c.route} on ${c.subject}: ${actor} is ${granted ? "allowed" : "refused"}`, async () => {
        const path = await c.path();
        const before = await adminSnapshot(s.db);
        const res = await ask(actor, c.method, path, c.body?.());
        const body = await res.json();
        if (granted) {
          expect([200, 201, 202], JSON.stringify(body)).toContain(res.status);
          return;
        }
        expect(res.status).toBe(actor === "anonymous" ? 401 : 403);
        expect(body).toEqual({ error: { code: actor === "anonymous" ? "unauthenticated" : "forbidden", message: expect.any(String) } });
        expect(await adminSnapshot(s.db)).toBe(before);
      });
    }
  }
});

describe("the admin lists", () => {
  const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

  it("give the access log's people of the forums a user runs, nobody of another cluster, and nothing to a member", async () => {
    expect((await ask("anonymous", "GET", "/api/admin/access-log/people")).status).toBe(401);
    expect((await ask("member", "GET", "/api/admin/access-log/people")).status).toBe(403);
    expect((await ask("member", "GET", "/api/admin/access-log.csv?from=2024-01-01&to=2024-12-31")).status).toBe(403);
    const people = async (actor: Actor) => ids((await (await ask(actor, "GET", "/api/admin/access-log/people")).json()).people);
    expect(await people("clusterAdmin")).toContain(s.people.member.id);
    expect(await people("regionAdmin")).toContain(s.people.member.id);
    expect(await people("otherClusterAdmin")).not.toContain(s.people.member.id);
    expect(await people("otherRegionAdmin")).not.toContain(s.people.member.id);
  });

  it("give the clusters a user runs and nothing of any other", async () => {
    expect((await ask("anonymous", "GET", "/api/admin/clusters")).status).toBe(401);
    const listed = async (actor: Actor) => {
      const res = await ask(actor, "GET", "/api/admin/clusters");
      expect(res.status).toBe(200);
      return (await res.json()) as { clusters: { id: string; forums: { id: string }[] }[] };
    };
    expect(await listed("member")).toEqual({ clusters: [] });
    const [a, b, c] = [s.forumA.clusterId!, s.forumB.clusterId!, s.forumC.clusterId!];
    expect(ids((await listed("clusterAdmin")).clusters)).toEqual([a]);
    const other = await listed("otherClusterAdmin");
    expect(ids(other.clusters)).toEqual([b]);
    // Not even as a possible parent: cluster B sees its own forums and the region's bodies, never A's.
    expect(JSON.stringify(other)).not.toContain(s.forumA.id);
    expect(JSON.stringify(other)).not.toContain(a);
    const region = ids((await listed("regionAdmin")).clusters);
    expect(region).toEqual(expect.arrayContaining([a, b]));
    expect(region).not.toContain(c);
    expect(ids((await listed("otherRegionAdmin")).clusters)).toEqual([c]);
  });

  it("give the regions a user administers and nothing of any other", async () => {
    expect((await ask("anonymous", "GET", "/api/admin/regions")).status).toBe(401);
    const listed = async (actor: Actor) => {
      const res = await ask(actor, "GET", "/api/admin/regions");
      expect(res.status).toBe(200);
      return (await res.json()) as { regions: { id: string; bodies: { id: string }[] }[] };
    };
    for (const actor of ["member", "clusterAdmin", "otherClusterAdmin"] as const) expect(await listed(actor)).toEqual({ regions: [] });
    const own = await listed("regionAdmin");
    expect(ids(own.regions)).toEqual([s.regionId]);
    expect(ids(own.regions[0].bodies)).toContain(s.body.id);
    const other = await listed("otherRegionAdmin");
    expect(ids(other.regions)).toEqual([s.otherRegionId]);
    expect(JSON.stringify(other)).not.toContain(s.regionId);
    expect(JSON.stringify(other)).not.toContain(s.body.id);
  });
});
