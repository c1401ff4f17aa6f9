import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetings } from "../../db/schema/index.js";
import { build } from "../../shared/editor/build.js";
import { createMeetingScenario, createTestMeeting } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let draft: { meetingId: string };
let chair: string;

const content = build.doc(
  build.agendaItem("Deltagere", build.attendance([{ name: "Birthe Chair Holm", role: "medformand" }, { name: "Ulla Medlem Ravn", present: false }])),
  build.agendaItem("Mødeplan 2031", build.section("beslutning", build.decision("Mødeplanen blev godkendt."))),
);

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.deps.database;
  scenario = await createMeetingScenario(db, content);
  draft = await createTestMeeting(db, scenario.forum.id, build.doc(build.agendaItem("Hemmelig kladde", build.paragraph("Ikke offentlig tekst"))));
  chair = await login(server, scenario.chair.email);
  await db.update(meetings).set({ status: "referat_udsendt", commentPeriodEndsOn: "2020-01-01" }).where(eq(meetings.id, scenario.meetingId));
  for (const to of ["godkendt", "offentliggjort"]) {
    const res = await server.request(`/api/meetings/${scenario.meetingId}/transitions`, { method: "POST", json: { to }, cookie: chair });
    expect(res.status).toBe(200);
  }
});
afterAll(() => server.close());

describe("the public site", () => {
  it("lists forums with published minutes and the minutes of each, without login", async () => {
    const index = await (await server.request("/offentlig")).text();
    expect(index).toContain(`/offentlig/forum/${scenario.forum.id}`);
    const forum = await server.request(`/offentlig/forum/${scenario.forum.id}`);
    expect(forum.status).toBe(200);
    const html = await forum.text();
    expect(html).toContain(`/offentlig/referat/${scenario.meetingId}`);
    expect(html).not.toContain(draft.meetingId);
  });

  it("renders published minutes from their frozen version with the table of contents and attendance", async () => {
    const res = await server.request(`/offentlig/referat/${scenario.meetingId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).toContain("Indholdsfortegnelse");
    expect(html).toMatch(/Punkt 1[^<]*Deltagere/);
    expect(html).toMatch(/Punkt 2[^<]*Mødeplan 2031/);
    expect(html).toContain("Mødeplanen blev godkendt.");
    expect(html).toContain("Ulla Medlem Ravn");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("@test.invalid");
  });

  it("shows nothing else: drafts, unknown ids, other paths and the API all stay closed", async () => {
    for (const path of [`/offentlig/referat/${draft.meetingId}`, "/offentlig/referat/not-an-id", `/offentlig/forum/${crypto.randomUUID()}`, "/offentlig/admin", "/offentlig/forum/"]) {
      const res = await server.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain("Hemmelig kladde");
    }
    expect((await server.request(`/offentlig/referat/${draft.meetingId}/pdf`)).status).toBe(404);
    expect((await server.request(`/api/meetings/${scenario.meetingId}`)).status).toBe(401);
    expect((await server.request(`/api/meetings/${scenario.meetingId}/export/pdf`)).status).toBe(401);
  });

  it("offers the published minutes as PDF and Word", async () => {
    const pdf = await server.request(`/offentlig/referat/${scenario.meetingId}/pdf`);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
    const docx = await server.request(`/offentlig/referat/${scenario.meetingId}/docx`);
    expect(docx.headers.get("content-disposition")).toContain(".docx");
    expect([...new Uint8Array((await docx.arrayBuffer()).slice(0, 2))]).toEqual([0x50, 0x4b]);
  });
});

describe("member exports", () => {
  it("exports the live document to members and to nobody else", async () => {
    const res = await server.request(`/api/meetings/${draft.meetingId}/export/pdf`, { cookie: chair });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("Dagsorden");
    const outsider = await login(server, scenario.outsider.email);
    expect((await server.request(`/api/meetings/${draft.meetingId}/export/docx`, { cookie: outsider })).status).toBe(404);
  });
});
