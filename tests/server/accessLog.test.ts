import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessLog, attendees, clusterAdmins, meetings } from "../../db/schema/index.js";
import { addMember, createForum, createMeetingScenario, createUser } from "../helpers/factories.js";
import { uploadAttachment } from "../helpers/minutesScenario.js";
import { login } from "../helpers/session.js";
import { connectClient, synced } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let cookies: Record<"chair" | "secretary" | "member" | "outsider" | "guest", string>;

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.deps.database;
  scenario = await createMeetingScenario(db);
  // A guest who sits in no forum but is on the meeting's attendance list.
  const guest = await createUser(db, { name: "Gitte Gæst Lund" });
  await db.insert(attendees).values({ documentId: scenario.documentId, id: "guest-row", meetingId: scenario.meetingId, position: 0, userId: guest.id, name: guest.name, role: "gæst", present: true });
  cookies = {
    chair: await login(server, scenario.chair.email),
    secretary: await login(server, scenario.secretary.email),
    member: await login(server, scenario.member.email),
    outsider: await login(server, scenario.outsider.email),
    guest: await login(server, guest.email),
  };
});
afterAll(() => server.close());

const get = (path: string, cookie?: string) => server.request(path, { cookie });

/** The newest entries of a user, newest first. */
const entriesOf = (userId: string) =>
  server.deps.database.db.select().from(accessLog).where(eq(accessLog.userId, userId)).orderBy(desc(accessLog.id));

/** The user's own view: who accessed meetings they appear in. */
async function ownView(cookie: string) {
  const res = await get("/api/me/access-log", cookie);
  expect(res.status).toBe(200);
  return (await res.json()) as { entries: { person: string; action: string; subject: string; detail: string; meeting: { id: string; title: string }; forum: { name: string } }[]; nextBefore: number | null; retentionDays: number };
}

describe("reading a meeting", () => {
  it("is logged with who, what, which forum and from where, and shown to the others who appear in the meeting", async () => {
    expect((await get(`/api/meetings/${scenario.meetingId}`, cookies.member)).status).toBe(200);
    const [entry] = await entriesOf(scenario.member.id);
    expect(entry).toMatchObject({ action: "read", subject: "meeting", meetingId: scenario.meetingId, forumId: scenario.forum.id, detail: "Mødet" });
    expect(entry.ip).toMatch(/127\.0\.0\.1$/);

    // A fellow member and an attendee from outside the forum both see it; the reader does not see themselves.
    for (const cookie of [cookies.chair, cookies.guest]) {
      const { entries, retentionDays } = await ownView(cookie);
      expect(retentionDays).toBe(183);
      expect(entries).toContainEqual(
        expect.objectContaining({ person: "Ulla Medlem Ravn", action: "read", subject: "meeting", meeting: { id: scenario.meetingId, title: "Møde i Chefforum" }, forum: { id: scenario.forum.id, name: "Chefforum" } }),
      );
    }
    expect((await ownView(cookies.member)).entries.filter((e) => e.person === "Ulla Medlem Ravn")).toEqual([]);
    // Someone who neither sits in the forum nor attends sees nothing of it.
    expect((await ownView(cookies.outsider)).entries.filter((e) => e.meeting.id === scenario.meetingId)).toEqual([]);
  });

  it("writes repeated reads of a meeting and its panels (an open page polls them) once, and each version read", async () => {
    const seen = new Set((await entriesOf(scenario.chair.id)).map((e) => e.id));
    for (const path of ["", "/context", "/history", "", "/decisions", "/versions"]) expect((await get(`/api/meetings/${scenario.meetingId}${path}`, cookies.chair)).status).toBe(200);
    const reads = (await entriesOf(scenario.chair.id)).filter((e) => !seen.has(e.id));
    expect(reads.map((e) => [e.subject, e.detail])).toEqual([["meeting", "Mødet"]]);

    const refused = await get(`/api/meetings/${scenario.meetingId}`, cookies.outsider);
    expect(refused.status).toBe(404);
    expect(await entriesOf(scenario.outsider.id)).toEqual([]);
  });

  it("pages the own view newest first", async () => {
    const { db } = server.deps.database;
    const reader = await createUser(db, { name: "Pernille Pager" });
    await addMember(db, scenario.forum.id, reader.id, "observer");
    await db.insert(accessLog).values(Array.from({ length: 5 }, (_, i) => ({ userId: reader.id, action: "read", subject: "version", meetingId: scenario.meetingId, forumId: scenario.forum.id, detail: `Versionen referat ${i + 1}` })));
    const first = await (await get("/api/me/access-log?limit=3", cookies.chair)).json();
    expect(first.entries.map((e: { detail: string }) => e.detail)).toEqual(["Versionen referat 5", "Versionen referat 4", "Versionen referat 3"]);
    const second = await (await get(`/api/me/access-log?limit=3&before=${first.nextBefore}`, cookies.chair)).json();
    expect(second.entries.slice(0, 2).map((e: { detail: string }) => e.detail)).toEqual(["Versionen referat 2", "Versionen referat 1"]);
    expect((await get("/api/me/access-log?limit=0", cookies.chair)).status).toBe(400);
    expect((await get("/api/me/access-log")).status).toBe(401);
  });
});

describe("documents, attachments, exports and changes", () => {
  it("logs one entry per sync connection, read or change by the role's write access", async () => {
    const member = connectClient(server.url, scenario.documentId, cookies.member);
    const secretary = connectClient(server.url, scenario.documentId, cookies.secretary);
    try {
      await Promise.all([synced(member), synced(secretary)]);
      const [read] = (await entriesOf(scenario.member.id)).filter((e) => e.subject === "document");
      expect(read).toMatchObject({ action: "read", subjectId: scenario.documentId, meetingId: scenario.meetingId, forumId: scenario.forum.id, detail: "Åbnede dokumentet til læsning" });
      const [write] = (await entriesOf(scenario.secretary.id)).filter((e) => e.subject === "document");
      expect(write).toMatchObject({ action: "change", detail: "Åbnede dokumentet til redigering" });
    } finally {
      member.destroy();
      secretary.destroy();
    }
  });

  it("logs exports, attachment downloads and changes to the meeting", async () => {
    expect((await get(`/api/meetings/${scenario.meetingId}/export/pdf`, cookies.member)).status).toBe(200);
    expect((await entriesOf(scenario.member.id))[0]).toMatchObject({ action: "read", subject: "export", meetingId: scenario.meetingId, detail: "Eksport (PDF)" });

    const upload = await uploadAttachment(server, scenario.meetingId, cookies.secretary, { name: "budget.pdf", bytes: new TextEncoder().encode("%PDF-1.4 test") as Uint8Array<ArrayBuffer> });
    expect(upload.status).toBe(201);
    const { attachment } = await upload.json();
    expect((await get(`/api/attachments/${attachment.id}`, cookies.member)).status).toBe(200);
    expect((await entriesOf(scenario.member.id))[0]).toMatchObject({ action: "read", subject: "attachment", subjectId: attachment.id, detail: "Hentede bilaget »budget.pdf«" });

    const renamed = await server.request(`/api/meetings/${scenario.meetingId}`, { method: "PATCH", json: { place: "Regionshuset" }, cookie: cookies.secretary });
    expect(renamed.status).toBe(200);
    const changes = (await entriesOf(scenario.secretary.id)).filter((e) => e.action === "change").map((e) => [e.subject, e.detail]);
    expect(changes.slice(0, 2)).toEqual([
      ["meeting", "Ændrede mødets oplysninger"],
      ["attachment", "Tilføjede bilaget »budget.pdf«"],
    ]);
    // A chair sees the changes to a meeting they sit in.
    expect((await ownView(cookies.chair)).entries.map((e) => e.detail)).toContain("Ændrede mødets oplysninger");
  });
});

describe("calendar feeds, the dashboard's CSV and the public site", () => {
  it("logs a calendar feed fetched by its token and the action items CSV, and never an anonymous reader of the public site", async () => {
    const { url } = await (await server.request("/api/me/calendar", { method: "POST", cookie: cookies.member })).json();
    // The feed is fetched without a session, as a calendar program does; PUBLIC_URL is not this test server.
    expect((await fetch(`${server.url}${new URL(url).pathname}`)).status).toBe(200);
    expect((await entriesOf(scenario.member.id))[0]).toMatchObject({ action: "read", subject: "export", detail: "Kalender med alle møder (ICS)" });
    expect((await get("/api/action-items.csv", cookies.member)).status).toBe(200);
    expect((await entriesOf(scenario.member.id))[0]).toMatchObject({ action: "read", subject: "export", detail: "Aktionspunkter (CSV)" });

    const { db } = server.deps.database;
    const before = (await db.select().from(accessLog)).length;
    expect((await get("/offentlig")).status).toBe(200);
    expect(await db.select().from(accessLog)).toHaveLength(before);
  });
});

describe("administration", () => {
  it("logs every admin action from its method and path, also for routes that note nothing themselves", async () => {
    const { db } = server.deps.database;
    const admin = await createUser(db, { name: "Anders Admin" });
    await db.insert(clusterAdmins).values({ clusterId: scenario.forum.clusterId!, userId: admin.id });
    const cookie = await login(server, admin.email);
    expect((await server.request(`/api/admin/forums/${scenario.forum.id}`, { method: "PATCH", json: { deadlinesFirm: false }, cookie })).status).toBe(200);
    expect((await get(`/api/admin/forums/${scenario.forum.id}/members`, cookie)).status).toBe(200);
    const entries = await entriesOf(admin.id);
    expect(entries.map((e) => [e.action, e.subject, e.subjectId, e.forumId, e.detail])).toEqual([
      ["admin", "membership", scenario.forum.id, scenario.forum.id, "Så medlemmer"],
      ["admin", "forum", scenario.forum.id, scenario.forum.id, "Ændrede et forum"],
    ]);
    // The menu's question whether to show Administration is not an admin action.
    expect((await get("/api/admin/clusters", cookie)).status).toBe(200);
    expect((await entriesOf(admin.id)).map((e) => e.detail)).toEqual(["Så medlemmer", "Ændrede et forum"]);
  });
});

describe("GET /api/admin/access-log.csv", () => {
  let ownAdmin: string;
  let ownAdminId: string;
  let otherAdmin: string;
  const period = "from=2000-01-01&to=2100-12-31";

  beforeAll(async () => {
    const { db } = server.deps.database;
    const own = await createUser(db, { name: "Karen Klyngeadmin" });
    await db.insert(clusterAdmins).values({ clusterId: scenario.forum.clusterId!, userId: own.id });
    const other = await createUser(db, { name: "Otto Andenklynge" });
    const otherForum = await createForum(db, "Chefforum Nord");
    await db.insert(clusterAdmins).values({ clusterId: otherForum.clusterId!, userId: other.id });
    ownAdminId = own.id;
    ownAdmin = await login(server, own.email);
    otherAdmin = await login(server, other.email);
  });

  it("answers anonymous 401, a member 403, another cluster's admin no rows, and the cluster's admin the person's entries", async () => {
    const path = `/api/admin/access-log.csv?userId=${scenario.member.id}&${period}`;
    expect((await get(path)).status).toBe(401);
    expect((await get(path, cookies.member)).status).toBe(403);

    const other = await get(path, otherAdmin);
    expect(other.status).toBe(200);
    expect((await other.text()).trim().split("\r\n")).toHaveLength(1);

    const own = await get(path, ownAdmin);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toContain("text/csv");
    // Read byte for byte: text() would drop the BOM that tells Excel the file is UTF-8.
    const lines = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await own.arrayBuffer()).split("\r\n");
    expect(lines[0]).toBe("\uFEFFTidspunkt;Tidsstempel (UTC);Person;E-mail;Handling;Emne;Beskrivelse;Møde;Forum;IP-adresse");
    expect(lines.some((l) => l.includes(";Ulla Medlem Ravn;") && l.includes(";Læsning;Møde;Mødet;Møde i Chefforum;Chefforum;"))).toBe(true);
    expect(lines.every((l) => l === "" || l.startsWith("\uFEFF") || l.includes(";Ulla Medlem Ravn;"))).toBe(true);
    // The export itself is an admin action, naming whose log was read.
    expect((await entriesOf(ownAdminId))[0]).toMatchObject({ action: "admin", subject: "accessLog", subjectId: scenario.member.id, detail: "Eksporterede adgangsloggen for 2000-01-01 til 2100-12-31" });
  });

  it("keeps to the period, in Copenhagen days, and refuses a reversed or malformed one", async () => {
    const { db } = server.deps.database;
    const reader = await createUser(db, { name: "Tove Tidligere" });
    await db.insert(accessLog).values([
      { userId: reader.id, at: new Date("2024-03-09T23:30:00Z"), action: "read", subject: "meeting", meetingId: scenario.meetingId, forumId: scenario.forum.id, detail: "Den 10. marts i København" },
      { userId: reader.id, at: new Date("2024-03-11T12:00:00Z"), action: "read", subject: "meeting", meetingId: scenario.meetingId, forumId: scenario.forum.id, detail: "Den 11. marts" },
    ]);
    const csv = await (await get(`/api/admin/access-log.csv?userId=${reader.id}&from=2024-03-10&to=2024-03-10`, ownAdmin)).text();
    expect(csv).toContain("Den 10. marts i København");
    expect(csv).toContain("10. marts 2024, kl. 00.30");
    expect(csv).not.toContain("Den 11. marts");

    const reversed = await get(`/api/admin/access-log.csv?from=2024-03-11&to=2024-03-10`, ownAdmin);
    expect(reversed.status).toBe(400);
    expect((await reversed.json()).error.code).toBe("period_reversed");
    expect((await get(`/api/admin/access-log.csv?from=10-03-2024&to=2024-03-10`, ownAdmin)).status).toBe(400);
    expect((await get(`/api/admin/access-log.csv?userId=nobody&${period}`, ownAdmin)).status).toBe(400);
  });

  it("guards every cell against formula injection", async () => {
    const { db } = server.deps.database;
    await db.update(meetings).set({ title: '=HYPERLINK("http://evil.invalid";"klik")' }).where(eq(meetings.id, scenario.meetingId));
    const reader = await createUser(db, { name: "+Plus Person" });
    await addMember(db, scenario.forum.id, reader.id, "member");
    expect((await get(`/api/meetings/${scenario.meetingId}`, await login(server, reader.email))).status).toBe(200);
    const csv = await (await get(`/api/admin/access-log.csv?userId=${reader.id}&${period}`, ownAdmin)).text();
    expect(csv).toContain(`;'+Plus Person;`);
    expect(csv).toContain(`;"'=HYPERLINK(""http://evil.invalid"";""klik"")";`);
    expect(csv).not.toMatch(/;=/);
  });

  it("lists the people an admin can export, and only theirs", async () => {
    const own = await (await get("/api/admin/access-log/people", ownAdmin)).json();
    expect(own.people.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["Birthe Chair Holm", "Ulla Medlem Ravn"]));
    const other = await (await get("/api/admin/access-log/people", otherAdmin)).json();
    expect(other.people).toEqual([]);
    expect((await get("/api/admin/access-log/people", cookies.member)).status).toBe(403);
  });
});
