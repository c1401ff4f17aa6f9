import { eq, like } from "drizzle-orm";
import ical from "node-ical";
import { WebSocket } from "ws";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { meetings, outbox } from "../../db/schema/index.js";
import { createUser } from "../helpers/factories.js";
import { docEdits } from "../helpers/docEdits.js";
import { login } from "../helpers/session.js";
import { storedDocument } from "../helpers/storedDocument.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { createSydScenario, type SydScenario } from "../helpers/sydScenario.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";
import { extractBlocks, plainText } from "../../shared/blocks/extractBlocks.js";

let server: TestServer;
let syd: SydScenario;
let joint: { id: string; documentId: string };
let people: Record<"secretary" | "member" | "styreChair" | "styreMember" | "outsider" | "nordChair" | "memberAndChair" | "secretaryAndChair", { id: string; email: string }>;
const clients: SyncClient[] = [];
const startsAt = new Date(Date.now() + 60 * 86_400_000);
const year = startsAt.getUTCFullYear();

const cookieOf = (who: keyof typeof people) => login(server, people[who].email);
const create = async (who: keyof typeof people, body: Record<string, unknown>) =>
  server.request("/api/meetings", { method: "POST", json: { forumId: syd.driftsgruppe.id, title: "Fællesmøde om akutplanen", startsAt: startsAt.toISOString(), ...body }, cookie: await cookieOf(who) });
const get = async (who: keyof typeof people, path: string) => server.request(path, { cookie: await cookieOf(who) });
const listed = async (who: keyof typeof people, path: string) => ((await (await get(who, path)).json()).meetings as { id: string }[]).filter((m) => m.id === joint.id);

/** The HTTP status the server answers a raw websocket upgrade with (101 when accepted). */
function upgradeStatus(documentId: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.url.replace("http", "ws")}/sync/${documentId}`, { headers: { origin: server.url, cookie } });
    ws.on("unexpected-response", (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on("open", () => {
      resolve(101);
      ws.close();
    });
    ws.on("error", reject);
  });
}

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.deps.database;
  syd = await createSydScenario(db);
  const memberAndChair = await createUser(db, { name: "Bent Begge Sørensen" });
  await syd.seat(syd.driftsgruppe.id, memberAndChair.id, "member");
  await syd.seat(syd.styregruppe.id, memberAndChair.id, "chair");
  const secretaryAndChair = await createUser(db, { name: "Tove Tvær Nielsen" });
  await syd.seat(syd.driftsgruppe.id, secretaryAndChair.id, "secretariat");
  await syd.seat(syd.styregruppe.id, secretaryAndChair.id, "chair");
  people = { ...syd.people, memberAndChair, secretaryAndChair };
  const res = await create("secretary", { jointForumId: syd.styregruppe.id });
  expect(res.status).toBe(201);
  joint = (await res.json()).meeting;
});
afterEach(() => {
  clients.splice(0).forEach((c) => c.destroy());
});
afterAll(() => server.close());

describe("creating a joint meeting", () => {
  it("makes one meeting of both forums, its agenda listing the people of both", async () => {
    const { meeting } = await (await get("secretary", `/api/meetings/${joint.id}`)).json();
    expect(meeting).toMatchObject({ forumId: syd.driftsgruppe.id, forumName: "Driftsgruppen Syd", jointForumId: syd.styregruppe.id, jointForumName: "Styregruppen Syd" });
    const names = extractBlocks(await storedDocument(server.deps.database.db, joint.documentId)).attendees.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Lone Styre Dahl", "Mads Medlem Krog", "Karen Kommune Lund"]));
    expect(names.filter((name) => name === "Bent Begge Sørensen")).toHaveLength(1);
  });

  it("refuses a forum of another cluster, an unknown forum and the meeting's own forum", async () => {
    for (const jointForumId of [syd.otherCluster.id, "00000000-0000-4000-8000-000000000000", syd.driftsgruppe.id]) {
      const res = await create("secretary", { jointForumId });
      expect(res.status).toBe(400);
      expect((await res.json()).error).toEqual({ code: "joint_forum_invalid", message: "Et fællesmøde kan kun holdes med et andet forum i samme klynge eller et regionalt organ i samme region." });
    }
    expect((await create("secretary", { jointForumId: syd.regionBody.id })).status).toBe(201);
  });

  it("lets only the meeting's own forum's chairs and secretariat plan it", async () => {
    expect((await create("member", { jointForumId: syd.styregruppe.id })).status).toBe(403);
    // The joint forum's chair has no seat in Driftsgruppen Syd: its meetings are not theirs to plan.
    expect((await create("styreChair", { jointForumId: syd.styregruppe.id })).status).toBe(404);
  });
});

describe("who sees a joint meeting", () => {
  it("lists it for the members of both forums, once each, and for nobody else", async () => {
    for (const who of ["secretary", "member", "styreChair", "styreMember", "memberAndChair"] as const) {
      expect(await listed(who, "/api/meetings"), who).toHaveLength(1);
      expect(await listed(who, `/api/plan?year=${year}`), who).toHaveLength(1);
    }
    expect(await listed("styreMember", `/api/plan?year=${year}&forumId=${syd.styregruppe.id}`)).toHaveLength(1);
    expect(await listed("outsider", "/api/meetings")).toEqual([]);
    expect(await listed("nordChair", `/api/plan?year=${year}`)).toEqual([]);
  });

  it("puts it in the joint forum's members' calendar feeds", async () => {
    const { url, forumUrl } = await (await server.request("/api/me/calendar", { method: "POST", cookie: await cookieOf("styreMember") })).json();
    for (const feed of [new URL(url).pathname, new URL(forumUrl.replace("{forumId}", syd.styregruppe.id)).pathname]) {
      const events = Object.values(ical.sync.parseICS(await (await server.request(feed)).text())) as ical.VEvent[];
      const event = events.find((e) => e.uid === `${joint.id}@moedebord`);
      expect(String(event?.summary)).toBe("Fællesmøde: Driftsgruppen Syd og Styregruppen Syd: Fællesmøde om akutplanen");
    }
  });

  it("opens it to each with their role in their own forum, the stronger when they sit in both", async () => {
    const roles: Record<string, [string, boolean]> = {
      member: ["member", false],
      styreChair: ["chair", true],
      styreMember: ["member", false],
      memberAndChair: ["chair", true],
      // A chair of one forum and the secretary of the other: the seat in the meeting's own forum decides.
      secretaryAndChair: ["secretariat", true],
    };
    for (const [who, [role, canEdit]] of Object.entries(roles)) {
      const res = await get(who as keyof typeof people, `/api/meetings/${joint.id}`);
      expect(res.status, who).toBe(200);
      expect((await res.json()).meeting, who).toMatchObject({ role, canEdit });
    }
    for (const who of ["outsider", "nordChair"] as const) {
      const res = await get(who, `/api/meetings/${joint.id}`);
      expect(res.status, who).toBe(404);
    }
  });

  it("lets the joint forum's chair edit its heading, and not its member", async () => {
    const patch = async (who: keyof typeof people) =>
      server.request(`/api/meetings/${joint.id}`, { method: "PATCH", json: { place: "Styregruppens mødelokale" }, cookie: await cookieOf(who) });
    expect((await patch("styreChair")).status).toBe(200);
    expect((await patch("styreMember")).status).toBe(403);
    expect((await patch("outsider")).status).toBe(404);
  });

  it("offers its editors from either forum the host and mødeleder choices, and may be led by the joint forum's chair", async () => {
    const options = await get("styreChair", `/api/meetings/${joint.id}/meeting-options`);
    expect(options.status).toBe(200);
    expect((await options.json()).chairs.map((c: { name: string }) => c.name)).toEqual(["Henrik Hospital Vang", "Karen Kommune Lund", "Pia Praksis Holm"]);
    expect((await get("styreMember", `/api/meetings/${joint.id}/meeting-options`)).status).toBe(403);
    expect((await get("outsider", `/api/meetings/${joint.id}/meeting-options`)).status).toBe(404);

    const led = await server.request(`/api/meetings/${joint.id}`, { method: "PATCH", json: { leaderUserId: people.styreChair.id }, cookie: await cookieOf("secretary") });
    expect((await led.json()).meeting.leader).toEqual({ userId: people.styreChair.id, name: "Lone Styre Dahl", isDefault: false });
  });
});

describe("a joint meeting's document over the sync endpoint", () => {
  const open = async (who: keyof typeof people) => {
    const client = connectClient(server.url, joint.documentId, await cookieOf(who));
    clients.push(client);
    await synced(client);
    return client;
  };

  it("takes the joint forum's chair's edits, shows them to its member, and ignores the member's", async () => {
    const chair = await open("styreChair");
    const member = await open("styreMember");
    docEdits.typeInItem(chair.doc, 1, "Styregruppens formand skriver.");
    docEdits.typeInItem(member.doc, 1, "Styregruppens medlem forsøger.");
    await waitFor(() => expect(docEdits.text(member.doc)).toContain("Styregruppens formand skriver."));
    await waitFor(async () => expect(plainText(await storedDocument(server.deps.database.db, joint.documentId))).toContain("Styregruppens formand skriver."));
    expect(docEdits.text(chair.doc)).not.toContain("Styregruppens medlem forsøger.");
  });

  it("answers 404 to people seated in neither forum", async () => {
    expect(await upgradeStatus(joint.documentId, await cookieOf("styreMember"))).toBe(101);
    expect(await upgradeStatus(joint.documentId, await cookieOf("outsider"))).toBe(404);
    expect(await upgradeStatus(joint.documentId, await cookieOf("nordChair"))).toBe(404);
  });
});

describe("a joint meeting's members", () => {
  it("are mailed the agenda and vote on the minutes from both forums, each once", async () => {
    const cookie = await cookieOf("secretary");
    for (const to of ["dagsorden_kladde", "dagsorden_udsendt"]) {
      expect((await server.request(`/api/meetings/${joint.id}/transitions`, { method: "POST", json: { to }, cookie })).status).toBe(200);
    }
    const mails = await server.deps.database.db.select({ to: outbox.to }).from(outbox).where(like(outbox.subject, "Dagsorden: Driftsgruppen Syd,%"));
    const to = mails.map((m) => m.to);
    expect(to).toEqual(expect.arrayContaining([people.styreChair.email, people.styreMember.email, people.member.email, people.secretary.email]));
    expect(to.filter((email) => email === people.memberAndChair.email)).toHaveLength(1);
    expect(to).not.toContain(people.outsider.email);

    const { voters } = await (await server.request(`/api/meetings/${joint.id}/approvals`, { cookie })).json();
    const names = voters.map((v: { name: string }) => v.name);
    expect(names).toEqual(expect.arrayContaining(["Lone Styre Dahl", "Erik Styremedlem Friis", "Mads Medlem Krog", "Karen Kommune Lund"]));
    expect(names.filter((name: string) => name === "Bent Begge Sørensen")).toHaveLength(1);
    expect(names).not.toContain("Sofie Sekretær Bak");
  });
});

describe("a joint meeting's action items", () => {
  it("are on the joint forum's members' dashboard, and its editors may change their status, its members not", async () => {
    const writer = connectClient(server.url, joint.documentId, await cookieOf("secretary"));
    clients.push(writer);
    await synced(writer);
    await server.deps.database.db.update(meetings).set({ status: "referat_kladde", startsAt: new Date(Date.now() - 86_400_000) }).where(eq(meetings.id, joint.id));
    const id = docEdits.addBlock(writer.doc, 0, "actionItem", "Akutplanen sendes i høring.");
    const onDashboard = async (who: keyof typeof people) => ((await (await get(who, "/api/action-items?scope=all")).json()).actionItems as { id: string }[]).some((a) => a.id === id);
    await waitFor(async () => expect(await onDashboard("styreMember")).toBe(true));
    expect(await onDashboard("outsider")).toBe(false);
    const patch = async (who: keyof typeof people) => server.request(`/api/action-items/${joint.documentId}/${id}`, { method: "PATCH", json: { status: "i gang" }, cookie: await cookieOf(who) });
    expect((await patch("outsider")).status).toBe(404);
    expect((await patch("styreMember")).status).toBe(403);
    expect((await patch("styreChair")).status).toBe(200);
  });
});
