import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addForum, addMember, createMeetingScenario, createTestMeeting, createUser, reportTo } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let ids: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.deps.database;
  scenario = await createMeetingScenario(db);
  const add = async (name: string, kind: "direktoerforum" | "driftsforum" | "andet", reportsTo: string[]) => (await addForum(db, scenario.forum, name, kind, reportsTo)).id;
  const direktoer = await add("Direktørforum", "direktoerforum", []);
  await reportTo(db, scenario.forum.id, [direktoer]);
  const psyk = await add("Driftsforum Voksenpsykiatri", "driftsforum", [scenario.forum.id]);
  const somatik = await add("Driftsforum Voksen Somatik", "driftsforum", [scenario.forum.id]);
  // A region-wide body one of the cluster's forums works with lies beside every forum of the cluster.
  const koordinering = (await addForum(db, { regionId: scenario.forum.regionId, clusterId: null }, "Koordineringsgruppen", "regionalt_udvalg")).id;
  await reportTo(db, somatik, [koordinering]);
  ids = { direktoer, psyk, somatik, koordinering };
});
afterAll(() => server.close());

describe("GET /api/meetings/:id/context", () => {
  it("gives the forum ladder seen from the meeting's forum, and its people", async () => {
    const res = await server.request(`/api/meetings/${scenario.meetingId}/context`, { cookie: await login(server, scenario.member.email) });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.forum).toEqual({ id: scenario.forum.id, name: "Chefforum" });
    expect(body.ladder.map((f: { name: string; direction: string }) => [f.name, f.direction])).toEqual([
      ["Direktørforum", "op"],
      ["Driftsforum Voksen Somatik", "ned"],
      ["Driftsforum Voksenpsykiatri", "ned"],
      ["Koordineringsgruppen", "side"],
    ]);
    expect(body.members.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
      ["Birthe Chair Holm", "chair"],
      ["Jonas Sekretær Dal", "secretariat"],
      ["Ulla Medlem Ravn", "member"],
    ]);
    expect(body.organisations).toHaveLength(3);
  });

  it("sees Chefforum above and the sibling Driftsforum beside from a Driftsforum", async () => {
    const { db } = server.deps.database;
    const user = await createUser(db);
    await addMember(db, ids.psyk, user.id, "secretariat");
    const meeting = await createTestMeeting(db, ids.psyk);
    const body = await (await server.request(`/api/meetings/${meeting.meetingId}/context`, { cookie: await login(server, user.email) })).json();
    expect(body.ladder.map((f: { name: string; direction: string }) => [f.name, f.direction])).toEqual([
      ["Chefforum", "op"],
      ["Direktørforum", "op"],
      ["Driftsforum Voksen Somatik", "side"],
      ["Koordineringsgruppen", "side"],
    ]);
  });

  it("is 404 for someone outside the forum", async () => {
    const res = await server.request(`/api/meetings/${scenario.meetingId}/context`, { cookie: await login(server, scenario.outsider.email) });
    expect(res.status).toBe(404);
  });
});

describe("GET /api/forums", () => {
  it("lists the forums the user sits in, with whether they may edit there", async () => {
    const chair = await (await server.request("/api/forums", { cookie: await login(server, scenario.chair.email) })).json();
    expect(chair.forums).toEqual([expect.objectContaining({ id: scenario.forum.id, name: "Chefforum", role: "chair", canEdit: true })]);
    const member = await (await server.request("/api/forums", { cookie: await login(server, scenario.member.email) })).json();
    expect(member.forums).toEqual([expect.objectContaining({ role: "member", canEdit: false })]);
    const outsider = await (await server.request("/api/forums", { cookie: await login(server, scenario.outsider.email) })).json();
    expect(outsider.forums).toEqual([]);
  });
});
