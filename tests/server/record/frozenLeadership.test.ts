import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forums, meetings, meetingVersions, memberships, organisations } from "../../../db/schema/index.js";
import type { Sector } from "../../../shared/region/vocabulary.js";
import { docxText, pdfText } from "../../helpers/exportText.js";
import { addForum, createMeetingScenario, createTestMeeting } from "../../helpers/factories.js";
import { heldMeeting, sendAndApprove, step, type Cookies } from "../../helpers/minutesScenario.js";
import { loginAll } from "../../helpers/session.js";
import { startTestServer, type TestServer } from "../../helpers/testServer.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let cookies: Cookies;
let hospitalId: string;

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.deps.database;
  scenario = await createMeetingScenario(db);
  cookies = await loginAll(server, scenario);
  // The chair sits for the municipalities: a meeting a municipality hosts is led by them unless another is set.
  await db.update(memberships).set({ sector: "kommune" }).where(and(eq(memberships.forumId, scenario.forum.id), eq(memberships.userId, scenario.chair.id)));
  hospitalId = (await organisation("Aalborg Universitetshospital", "region")).id;
});
afterAll(() => server.close());

async function organisation(name: string, sector: Sector) {
  const [org] = await server.deps.database.db.insert(organisations).values({ regionId: scenario.forum.regionId, name, sector }).returning();
  return org;
}
const jointForum = (name: string) => addForum(server.deps.database.db, { regionId: scenario.forum.regionId, clusterId: scenario.forum.clusterId }, name, "klyngestyregruppe");
const bytes = async (path: string, cookie?: string) => {
  const res = await server.request(path, { cookie });
  expect(res.status, path).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
};
const exports = async (path: string, cookie?: string) => ({ pdf: await pdfText(await bytes(`${path}/pdf`, cookie)), docx: await docxText(await bytes(`${path}/docx`, cookie)) });
const version = async (meetingId: string, kind: string, n: number) => (await server.request(`/api/meetings/${meetingId}/versions/${kind}/${n}`, { cookie: cookies.member })).json();

describe("host, mødeleder and joint forum in the record", () => {
  it("freezes them as they were, and the published page, PDF and Word show them whatever happens to the live rows", async () => {
    const host = await organisation("Vesthavn Kommune", "kommune");
    const joint = await jointForum("Styregruppen Vest");
    const { meetingId } = await heldMeeting(server, scenario.forum.id, undefined, { hostOrganisationId: host.id, jointForumId: joint.id });
    expect((await step(server, meetingId, cookies.secretary, "referat_udsendt")).status).toBe(200);
    const frozen = { hostName: "Vesthavn Kommune", leaderName: "Birthe Chair Holm", jointForumName: "Styregruppen Vest" };
    expect(await version(meetingId, "referat", 1), "the default mødeleder is frozen by name").toMatchObject(frozen);
    expect((await server.request(`/api/meetings/${meetingId}/approvals`, { method: "POST", cookie: cookies.member })).status).toBe(201);
    expect((await server.request(`/api/meetings/${meetingId}/approvals`, { method: "POST", cookie: cookies.chair })).status).toBe(201);
    expect((await step(server, meetingId, cookies.chair, "offentliggjort")).status).toBe(200);
    expect(await version(meetingId, "offentliggjort", 1)).toMatchObject(frozen);

    const { db } = server.deps.database;
    await db.update(meetings).set({ hostOrganisationId: hospitalId, jointForumId: null, leaderUserId: null }).where(eq(meetings.id, meetingId));
    await db.update(organisations).set({ name: "Omdøbt Kommune" }).where(eq(organisations.id, host.id));
    await db.update(forums).set({ name: "Omdøbt Styregruppe" }).where(eq(forums.id, joint.id));

    const html = await (await server.request(`/offentlig/referat/${meetingId}`)).text();
    expect(html).toContain("<dt>Vært</dt><dd>Vesthavn Kommune</dd>");
    expect(html).toContain("<dt>Mødeleder</dt><dd>Birthe Chair Holm</dd>");
    expect(html).toContain("Fællesmøde: Chefforum og Styregruppen Vest");
    const published = await exports(`/offentlig/referat/${meetingId}`);
    const approved = await exports(`/api/meetings/${meetingId}/versions/godkendt/1`, cookies.member);
    for (const text of [published.pdf, published.docx, approved.pdf, approved.docx]) {
      expect(text).toContain("Fællesmøde: Chefforum og Styregruppen Vest");
      expect(text).toContain("Vært: Vesthavn Kommune");
      expect(text).toContain("Mødeleder: Birthe Chair Holm");
    }
    for (const text of [html, published.pdf, published.docx, approved.pdf, approved.docx]) expect(text).not.toMatch(/Omdøbt|Universitetshospital/);

    const live = await exports(`/api/meetings/${meetingId}/export`, cookies.member);
    for (const text of [live.pdf, live.docx]) {
      expect(text, "a live export reads the live rows").toContain("Vært: Aalborg Universitetshospital");
      expect(text).not.toMatch(/Mødeleder:|Fællesmøde/);
    }
  });

  it("prints them in a live agenda export before anything is frozen, as the rows stand", async () => {
    const host = await organisation("Nordhavn Kommune", "kommune");
    const joint = await jointForum("Styregruppen Nord");
    const { db } = server.deps.database;
    const { meetingId } = await createTestMeeting(db, scenario.forum.id, undefined, { startsAt: new Date(Date.now() + 30 * 86_400_000) });
    await db.update(meetings).set({ jointForumId: joint.id }).where(eq(meetings.id, meetingId));
    const patch = (json: Record<string, unknown>) => server.request(`/api/meetings/${meetingId}`, { method: "PATCH", json, cookie: cookies.secretary });
    expect((await patch({ hostOrganisationId: host.id })).status).toBe(200);

    const agenda = await exports(`/api/meetings/${meetingId}/export`, cookies.member);
    for (const text of [agenda.pdf, agenda.docx]) {
      expect(text).toMatch(/^DAGSORDEN Møde i Chefforum Fællesmøde: Chefforum og Styregruppen Nord, Sundhedsklynge \w+ Mødedato: /);
      expect(text).toContain("Vært: Nordhavn Kommune Mødeleder: Birthe Chair Holm");
    }
    expect((await version(meetingId, "dagsorden", 1)).error.code).toBe("not_found");

    expect((await patch({ hostOrganisationId: hospitalId })).status).toBe(200);
    const moved = await exports(`/api/meetings/${meetingId}/export`, cookies.member);
    for (const text of [moved.pdf, moved.docx]) {
      expect(text).toContain("Vært: Aalborg Universitetshospital");
      expect(text, "no chair sits for the hospitals, so nobody leads by default").not.toContain("Mødeleder:");
    }

    const plain = await exports(`/api/meetings/${scenario.meetingId}/export`, cookies.member);
    for (const text of [plain.pdf, plain.docx]) expect(text).not.toMatch(/Vært:|Mødeleder:|Fællesmøde/);
  });

  it("lists changes of host, mødeleder and joint forum between versions; the same mødeleder, by default or set, is no change", async () => {
    const host = await organisation("Sydhavn Kommune", "kommune");
    const joint = await jointForum("Styregruppen Syd");
    const { meetingId } = await heldMeeting(server, scenario.forum.id, undefined, { hostOrganisationId: host.id, jointForumId: joint.id });
    await sendAndApprove(server, meetingId, cookies);
    expect((await server.request(`/api/meetings/${meetingId}/reopening`, { method: "POST", json: { reason: "Værten var forkert." }, cookie: cookies.secretary })).status).toBe(200);
    const patched = await server.request(`/api/meetings/${meetingId}`, { method: "PATCH", json: { hostOrganisationId: hospitalId, leaderUserId: scenario.chair.id }, cookie: cookies.secretary });
    expect(patched.status).toBe(200);
    await sendAndApprove(server, meetingId, cookies);

    const diff = await (await server.request(`/api/meetings/${meetingId}/compare?kind=godkendt&from=1&to=2`, { cookie: cookies.member })).json();
    expect(diff.fields).toEqual([{ field: "host", before: "Sydhavn Kommune", after: "Aalborg Universitetshospital" }]);
    expect((await version(meetingId, "godkendt", 2)).leaderName, "set explicitly, the same chair leads").toBe("Birthe Chair Holm");

    await server.deps.database.db.update(meetingVersions).set({ leaderName: null, jointForumName: null }).where(and(eq(meetingVersions.meetingId, meetingId), eq(meetingVersions.kind, "godkendt"), eq(meetingVersions.version, 1)));
    const fromOld = await (await server.request(`/api/meetings/${meetingId}/compare?kind=godkendt&from=1&to=2`, { cookie: cookies.member })).json();
    expect(fromOld.fields).toEqual([
      { field: "host", before: "Sydhavn Kommune", after: "Aalborg Universitetshospital" },
      { field: "leader", before: "", after: "Birthe Chair Holm" },
      { field: "jointForum", before: "", after: "Styregruppen Syd" },
    ]);
  });

  it("prints no host, mødeleder or joint line for a version that holds none, as versions frozen before them hold none", async () => {
    const { meetingId } = await heldMeeting(server, scenario.forum.id);
    await sendAndApprove(server, meetingId, cookies);
    expect((await step(server, meetingId, cookies.chair, "offentliggjort")).status).toBe(200);
    const [stored] = await server.deps.database.db.select().from(meetingVersions).where(and(eq(meetingVersions.meetingId, meetingId), eq(meetingVersions.kind, "offentliggjort")));
    expect(stored).toMatchObject({ hostName: null, leaderName: null, jointForumName: null });
    const html = await (await server.request(`/offentlig/referat/${meetingId}`)).text();
    expect(html).toContain("<dt>Mødested</dt><dd>Mødelokale 1</dd></dl>");
    const published = await exports(`/offentlig/referat/${meetingId}`);
    for (const text of [html, published.pdf, published.docx]) expect(text).not.toMatch(/Vært|Mødeleder|Fællesmøde/);
  });
});
