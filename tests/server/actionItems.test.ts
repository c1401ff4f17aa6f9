import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { actionItems } from "../../db/schema/index.js";
import { createMeeting } from "../../server/commands/meetingCreator.js";
import { build } from "../../shared/editor/build.js";
import { createMeetingScenario, holdMeeting, MEETING_2030 } from "../helpers/factories.js";
import { docEdits } from "../helpers/docEdits.js";
import { login } from "../helpers/session.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let cookies: Record<"chair" | "secretary" | "member", string>;
const clients: SyncClient[] = [];

const row = async (id: string) =>
  (await server.deps.database.db.select().from(actionItems).where(and(eq(actionItems.documentId, scenario.documentId), eq(actionItems.id, id))))[0];
const open = async (cookie: string) => {
  const client = connectClient(server.url, scenario.documentId, cookie);
  clients.push(client);
  await synced(client);
  return client;
};
const patch = (cookie: string, id: string, body: unknown) =>
  server.request(`/api/action-items/${scenario.documentId}/${id}`, { method: "PATCH", json: body, cookie });

beforeAll(async () => {
  server = await startTestServer();
  scenario = await createMeetingScenario(server.deps.database.db, build.doc(build.agendaItem("A", build.paragraph()), build.agendaItem("B", build.paragraph())), { startsAt: MEETING_2030 });
  // Minutes of a held meeting: its action items are tasks to follow up, not proposals.
  await holdMeeting(server.deps.database.db, scenario.meetingId);
  cookies = {
    chair: await login(server, scenario.chair.email),
    secretary: await login(server, scenario.secretary.email),
    member: await login(server, scenario.member.email),
  };
});
afterEach(() => {
  clients.splice(0).forEach((c) => c.destroy());
});
afterAll(() => server.close());

describe("extraction of action items", () => {
  it("follows add, edit, move, delete and undelete, and keeps the follow-up state through them", async () => {
    const secretary = await open(cookies.secretary);
    const id = docEdits.addBlock(secretary.doc, 0, "actionItem", "Kommissorierne tilrettes", { ownerKind: "sekretariatet", ownerName: "Sekretariatet", dueKind: "naeste_moede" });
    await waitFor(async () => expect(await row(id)).toMatchObject({ text: "Kommissorierne tilrettes", ownerKind: "sekretariatet", status: "åben", removedAt: null }));

    expect((await patch(cookies.chair, id, { status: "i gang", comment: "Udkast på vej" })).status).toBe(200);
    docEdits.setText(secretary.doc, id, "Kommissorierne tilrettes og fremlægges");
    await waitFor(async () => expect(await row(id)).toMatchObject({ text: "Kommissorierne tilrettes og fremlægges", status: "i gang" }));

    docEdits.moveToItem(secretary.doc, id, 1);
    await waitFor(async () => {
      const list = await (await server.request("/api/action-items", { cookie: cookies.chair })).json();
      expect(list.actionItems.find((a: { id: string }) => a.id === id)).toMatchObject({ agendaItem: { number: "2", title: "B" }, status: "i gang" });
    });

    const undo = docEdits.remove(secretary.doc, id);
    await waitFor(async () => expect((await row(id)).removedAt).not.toBeNull());
    undo();
    await waitFor(async () => expect(await row(id)).toMatchObject({ removedAt: null, status: "i gang", text: "Kommissorierne tilrettes og fremlægges" }));
  });
});

describe("status write-back", () => {
  it("shows a dashboard change in every open document, and a document change on the dashboard", async () => {
    const a = await open(cookies.secretary);
    const b = await open(cookies.chair);
    const id = docEdits.addBlock(a.doc, 0, "actionItem", "Sekretariatet undersøger behovet", { ownerKind: "person", ownerId: scenario.member.id, ownerName: scenario.member.name });
    await waitFor(async () => expect(await row(id)).toBeDefined());

    const res = await patch(cookies.member, id, { status: "udført", comment: "Undersøgt" });
    expect(res.status).toBe(200);
    expect((await res.json()).actionItem).toMatchObject({ id, status: "udført" });
    await waitFor(() => {
      expect(docEdits.block(a.doc, id).getAttribute("status")).toBe("udført");
      expect(docEdits.block(b.doc, id).getAttribute("status")).toBe("udført");
    });

    docEdits.block(b.doc, id).setAttribute("status", "i gang");
    await waitFor(async () => {
      const list = await (await server.request("/api/action-items", { cookie: cookies.member })).json();
      expect(list.actionItems.find((x: { id: string }) => x.id === id).status).toBe("i gang");
    });
    const { history } = await (await server.request(`/api/action-items/${scenario.documentId}/${id}/history`, { cookie: cookies.member })).json();
    expect(history.map((h: { status: string; source: string; by: string | null }) => [h.status, h.source, h.by])).toEqual([
      ["udført", "dashboard", scenario.member.name],
      ["i gang", "dokument", null],
    ]);
  });

  it("records two concurrent changes in order and keeps the last", async () => {
    const a = await open(cookies.secretary);
    const id = docEdits.addBlock(a.doc, 0, "actionItem", "Samtidige ændringer");
    await waitFor(async () => expect(await row(id)).toBeDefined());
    const [r1, r2] = await Promise.all([patch(cookies.chair, id, { status: "i gang" }), patch(cookies.secretary, id, { status: "annulleret" })]);
    expect([r1.status, r2.status]).toEqual([200, 200]);
    const { history } = await (await server.request(`/api/action-items/${scenario.documentId}/${id}/history`, { cookie: cookies.chair })).json();
    expect(history.map((h: { status: string }) => h.status).sort()).toEqual(["annulleret", "i gang"]);
    const last = history.at(-1).status;
    expect((await row(id)).status).toBe(last);
    await waitFor(() => expect(docEdits.block(a.doc, id).getAttribute("status")).toBe(last));
  });

  it("refuses unknown statuses and people without the right, changing nothing", async () => {
    const a = await open(cookies.secretary);
    const id = docEdits.addBlock(a.doc, 0, "actionItem", "Ikke dit", { ownerKind: "sekretariatet" });
    await waitFor(async () => expect(await row(id)).toBeDefined());
    const bad = await patch(cookies.chair, id, { status: "færdig" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain("Ukendt status");
    const member = await patch(cookies.member, id, { status: "udført" });
    expect(member.status).toBe(403);
    expect((await patch(cookies.chair, "not-there", { status: "udført" })).status).toBe(404);
    expect((await row(id)).status).toBe("åben");
  });
});

describe("the action-item list", () => {
  it("resolves 'næste møde', flags overdue items, filters by scope and status, and exports CSV for Excel", async () => {
    const { db } = server.deps.database;
    const past = await createMeeting(db, {
      forumId: scenario.forum.id,
      title: "Tidligere møde",
      startsAt: new Date("2030-01-07T13:00:00Z"),
      content: build.doc(
        build.agendaItem(
          "Opfølgning",
          build.actionItem("Til næste møde", { ownerKind: "person", ownerId: scenario.secretary.id, ownerName: scenario.secretary.name, dueKind: "naeste_moede" }),
          build.actionItem("=Forsinket; med semikolon", { ownerKind: "formandskabet", ownerName: "Formandskabet", dueKind: "dato", dueDate: "2024-01-01" }),
        ),
      ),
    });
    await holdMeeting(db, past.meetingId);
    const editor = connectClient(server.url, past.documentId, cookies.secretary);
    clients.push(editor);
    await synced(editor);
    docEdits.typeInItem(editor.doc, 0, "Udløser udtræk");
    const list = await waitFor(async () => {
      const body = await (await server.request(`/api/action-items?scope=forum&forumId=${scenario.forum.id}`, { cookie: cookies.secretary })).json();
      expect(body.actionItems.filter((a: { meeting: { id: string } }) => a.meeting.id === past.meetingId)).toHaveLength(2);
      return body.actionItems;
    });
    const next = list.find((a: { text: string }) => a.text === "Til næste møde");
    expect(next.due).toEqual({ kind: "naeste_moede", date: "2030-03-04", condition: null });
    const late = list.find((a: { text: string }) => a.text.startsWith("=Forsinket"));
    expect(late).toMatchObject({ overdue: true, dueSoon: false });

    const mine = await (await server.request("/api/action-items?scope=mine", { cookie: cookies.secretary })).json();
    expect(mine.actionItems.map((a: { text: string }) => a.text)).toContain("Til næste møde");
    expect(mine.actionItems.map((a: { text: string }) => a.text)).not.toContain("=Forsinket; med semikolon");
    const chairs = await (await server.request("/api/action-items?scope=mine", { cookie: cookies.chair })).json();
    expect(chairs.actionItems.map((a: { text: string }) => a.text)).toContain("=Forsinket; med semikolon");
    const done = await (await server.request("/api/action-items?status=udført", { cookie: cookies.chair })).json();
    expect(done.actionItems.every((a: { status: string }) => a.status === "udført")).toBe(true);
    expect((await server.request("/api/action-items?status=færdig", { cookie: cookies.chair })).status).toBe(400);

    const csv = await server.request(`/api/action-items.csv?scope=forum&forumId=${scenario.forum.id}`, { cookie: cookies.chair });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("Forum;Møde;Mødedato;Punkt;Aktionspunkt;Ansvarlig;Frist;Status;Overskredet\r\n");
    expect(text).toContain(`"'=Forsinket; med semikolon";Formandskabet;01-01-2024;åben;ja`);
    expect(text).toContain("Til næste møde;" + scenario.secretary.name + ";04-03-2030;åben;nej");
  });
});
