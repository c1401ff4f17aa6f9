import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetings } from "../../db/schema/index.js";
import { login } from "../helpers/session.js";
import { createSydScenario, type SydScenario } from "../helpers/sydScenario.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let syd: SydScenario;
let secretary: string;
const nextYear = new Date(Date.now() + 365 * 86_400_000).toISOString();

beforeAll(async () => {
  server = await startTestServer();
  syd = await createSydScenario(server.deps.database.db);
  secretary = await login(server, syd.people.secretary.email);
});
afterAll(() => server.close());

const create = (cookie: string, body: Record<string, unknown>) =>
  server.request("/api/meetings", { method: "POST", json: { forumId: syd.driftsgruppe.id, title: "Driftsgruppen Syd", startsAt: nextYear, ...body }, cookie });
const change = (cookie: string, meetingId: string, body: Record<string, unknown>) => server.request(`/api/meetings/${meetingId}`, { method: "PATCH", json: body, cookie });
const meetingCount = async () => (await server.deps.database.db.select({ id: meetings.id }).from(meetings)).length;

describe("host and mødeleder", () => {
  it("lets the chair of the host's sector lead unless another chair is set, as in Driftsgruppen Syd", async () => {
    const res = await create(secretary, { hostOrganisationId: syd.organisations.kommune.id });
    expect(res.status).toBe(201);
    const { meeting } = await res.json();
    expect(meeting.host).toEqual({ id: syd.organisations.kommune.id, name: "Vesthavn Kommune" });
    expect(meeting.leader).toEqual({ userId: syd.people.kommuneChair.id, name: "Karen Kommune Lund", isDefault: true });

    const moved = await change(secretary, meeting.id, { hostOrganisationId: syd.organisations.hospital.id });
    expect((await moved.json()).meeting.leader).toMatchObject({ name: "Henrik Hospital Vang", isDefault: true });

    const chosen = await change(await login(server, syd.people.regionChair.email), meeting.id, { leaderUserId: syd.people.praksisChair.id });
    expect(chosen.status).toBe(200);
    expect((await chosen.json()).meeting).toMatchObject({ host: { name: "Sydkyst Sygehus" }, leader: { name: "Pia Praksis Holm", isDefault: false } });

    const read = await server.request(`/api/meetings/${meeting.id}`, { cookie: await login(server, syd.people.member.email) });
    expect((await read.json()).meeting.leader).toMatchObject({ userId: syd.people.praksisChair.id, isDefault: false });

    const cleared = await change(secretary, meeting.id, { leaderUserId: null });
    expect((await cleared.json()).meeting.leader).toMatchObject({ name: "Henrik Hospital Vang", isDefault: true });
  });

  it("names no mødeleder without a host, and takes an explicit one when created", async () => {
    const none = await (await create(secretary, {})).json();
    expect(none.meeting).toMatchObject({ host: null, leader: null });
    const explicit = await (await create(secretary, { hostOrganisationId: syd.organisations.kommune.id, leaderUserId: syd.people.regionChair.id })).json();
    expect(explicit.meeting.leader).toEqual({ userId: syd.people.regionChair.id, name: "Henrik Hospital Vang", isDefault: false });
  });

  it("refuses a mødeleder who is no chair and a host of another region, storing nothing", async () => {
    const before = await meetingCount();
    const notChair = await create(secretary, { leaderUserId: syd.people.member.id });
    expect(notChair.status).toBe(400);
    expect((await notChair.json()).error).toEqual({ code: "leader_not_chair", message: "Mødelederen skal være formand for forummet." });
    const otherForumsChair = await create(secretary, { leaderUserId: syd.people.nordChair.id });
    expect((await otherForumsChair.json()).error.code).toBe("leader_not_chair");
    const farHost = await create(secretary, { hostOrganisationId: syd.organisations.elsewhere.id });
    expect(farHost.status).toBe(400);
    expect((await farHost.json()).error).toEqual({ code: "host_outside_region", message: "Værtsorganisationen skal være en organisation i forummets region." });
    const unknownHost = await create(secretary, { hostOrganisationId: "00000000-0000-4000-8000-000000000000" });
    expect((await unknownHost.json()).error.code).toBe("host_outside_region");
    const malformed = await create(secretary, { leaderUserId: "Karen" });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe("invalid_request");
    expect(await meetingCount()).toBe(before);

    const { meeting } = await (await create(secretary, { hostOrganisationId: syd.organisations.praksis.id })).json();
    const refused = await change(secretary, meeting.id, { hostOrganisationId: syd.organisations.elsewhere.id, title: "Ændret" });
    expect((await refused.json()).error.code).toBe("host_outside_region");
    const [stored] = await server.deps.database.db.select().from(meetings).where(eq(meetings.id, meeting.id));
    expect(stored).toMatchObject({ title: "Driftsgruppen Syd", hostOrganisationId: syd.organisations.praksis.id, leaderUserId: null });
  });

  it("changes only the heading fields sent: a new title keeps the place, host and mødeleder", async () => {
    const { meeting } = await (await create(secretary, { place: "Rådhuset", hostOrganisationId: syd.organisations.kommune.id, leaderUserId: syd.people.praksisChair.id })).json();
    const renamed = await (await change(secretary, meeting.id, { title: "Temamøde" })).json();
    expect(renamed.meeting).toMatchObject({ title: "Temamøde", place: "Rådhuset", host: { name: "Vesthavn Kommune" }, leader: { name: "Pia Praksis Holm" } });
  });

  it("offers the planners the region's organisations, the forum's chairs and the forums it may meet with", async () => {
    const res = await server.request(`/api/forums/${syd.driftsgruppe.id}/meeting-options`, { cookie: secretary });
    expect(res.status).toBe(200);
    const options = await res.json();
    const names = options.organisations.map((o: { name: string }) => o.name);
    expect(names).toEqual(expect.arrayContaining(["Praksisudvalget Syd", "Sydkyst Sygehus", "Vesthavn Kommune"]));
    expect(names).not.toContain("Fjernby Kommune");
    expect(options.chairs).toEqual([
      { userId: syd.people.regionChair.id, name: "Henrik Hospital Vang", sector: "region" },
      { userId: syd.people.kommuneChair.id, name: "Karen Kommune Lund", sector: "kommune" },
      { userId: syd.people.praksisChair.id, name: "Pia Praksis Holm", sector: "almen_praksis" },
    ]);
    expect(options.jointForums.map((f: { name: string }) => f.name)).toEqual(["Koordineringsgruppen", "Styregruppen Syd"]);

    const member = await server.request(`/api/forums/${syd.driftsgruppe.id}/meeting-options`, { cookie: await login(server, syd.people.member.email) });
    expect(member.status).toBe(403);
    const outsider = await server.request(`/api/forums/${syd.driftsgruppe.id}/meeting-options`, { cookie: await login(server, syd.people.outsider.email) });
    expect(outsider.status).toBe(404);
  });
});
