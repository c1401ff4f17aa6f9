import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { forums, meetings, outbox } from "../../db/schema/index.js";
import { approveExpiredMinutes } from "../../server/jobs/approvalJob.js";
import { build } from "../../shared/editor/build.js";
import { RULES_SYD } from "../../shared/rules/kommissorium.js";
import { createMeetingScenario, createTestMeeting } from "../helpers/factories.js";
import { docEdits } from "../helpers/docEdits.js";
import { loginAll } from "../helpers/session.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let cookies: Record<"chair" | "secretary" | "member" | "outsider", string>;
const clients: SyncClient[] = [];
const content = () =>
  build.doc(
    build.agendaItem("Godkendelse af dagsorden", build.paragraph("Dagsordenen blev godkendt.")),
    build.agendaItem("Modeller til organisering", build.paragraph("Borgeren 010203-1234 blev omtalt.")),
  );

const step = (meetingId: string, cookie: string, to: string) => server.request(`/api/meetings/${meetingId}/transitions`, { method: "POST", json: { to }, cookie });
const meeting = async (meetingId: string) => (await server.deps.database.db.select().from(meetings).where(eq(meetings.id, meetingId)))[0];

beforeAll(async () => {
  server = await startTestServer();
  scenario = await createMeetingScenario(server.deps.database.db, content());
  cookies = await loginAll(server, scenario);
});
afterEach(() => {
  clients.splice(0).forEach((c) => c.destroy());
});
afterAll(() => server.close());

describe("the meeting lifecycle", () => {
  it("allows each step only to the roles the kommissorium gives it, in order", async () => {
    const id = scenario.meetingId;
    const path: [string, keyof typeof cookies][] = [
      ["dagsorden_kladde", "chair"],
      ["dagsorden_udsendt", "secretary"],
      ["moede_i_gang", "chair"],
      ["referat_kladde", "secretary"],
      ["referat_udsendt", "secretary"],
    ];
    for (const [to, who] of path) {
      expect((await step(id, cookies.member, to)).status, `member -> ${to}`).toBe(403);
      expect((await step(id, cookies.outsider, to)).status, `outsider -> ${to}`).toBe(404);
      if (to === "referat_udsendt") expect((await step(id, cookies.chair, to)).status, "chair may not send minutes").toBe(403);
      const res = await step(id, cookies[who], to);
      expect(res.status, `${who} -> ${to}`).toBe(200);
      expect((await res.json()).meeting.status).toBe(to);
    }
    const skip = await step(id, cookies.chair, "offentliggjort");
    expect(skip.status).toBe(409);
    expect((await skip.json()).error.code).toBe("illegal_transition");
    expect((await step(id, cookies.secretary, "godkendt")).status, "the secretariat does not approve").toBe(403);
    expect((await step(id, cookies.chair, "planlagt")).status).toBe(409);

    const mails = await server.deps.database.db.select().from(outbox);
    expect(mails.filter((m) => m.subject.startsWith("Dagsorden: Chefforum")).map((m) => m.to).sort()).toEqual(
      [scenario.chair.email, scenario.secretary.email, scenario.member.email].sort(),
    );
    expect(mails.find((m) => m.subject.startsWith("Referat til bemærkninger"))?.body).toContain(`/m/${id}`);
    const sent = await meeting(id);
    expect(sent.status).toBe("referat_udsendt");
    expect(sent.commentPeriodEndsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const versions = await (await server.request(`/api/meetings/${id}/versions`, { cookie: cookies.member })).json();
    expect(versions.versions.map((v: { kind: string; version: number }) => [v.kind, v.version])).toEqual([
      ["dagsorden", 1],
      ["referat", 1],
    ]);
  });

  it("takes comments on sent minutes, lets the secretariat resolve them and send a revised, comparable version", async () => {
    const id = scenario.meetingId;
    const blank = await server.request(`/api/meetings/${id}/comments`, { method: "POST", json: { body: " " }, cookie: cookies.member });
    expect(blank.status).toBe(400);
    const made = await server.request(`/api/meetings/${id}/comments`, { method: "POST", json: { agendaItemId: "x", body: "Punkt 2 mangler en præcisering." }, cookie: cookies.member });
    expect(made.status).toBe(201);
    const { comment } = await made.json();
    expect((await server.request(`/api/comments/${comment.id}/resolve`, { method: "POST", json: { resolution: "Rettet" }, cookie: cookies.member })).status).toBe(403);

    const editor = connectClient(server.url, scenario.documentId, cookies.secretary);
    clients.push(editor);
    await synced(editor);
    docEdits.typeInItem(editor.doc, 1, "Præciseret efter bemærkning.");
    await waitFor(async () => {
      const res = await server.request(`/api/meetings/${id}/revisions`, { method: "POST", cookie: cookies.secretary });
      expect(res.status).toBe(201);
      const diff = await (await server.request(`/api/meetings/${id}/compare?from=1&to=${(await res.json()).version}`, { cookie: cookies.member })).json();
      expect(diff.changes).toEqual([expect.objectContaining({ title: "Modeller til organisering", change: "changed", after: expect.stringContaining("Præciseret efter bemærkning.") })]);
    });
    const resolved = await server.request(`/api/comments/${comment.id}/resolve`, { method: "POST", json: { resolution: "Rettet i version 2" }, cookie: cookies.secretary });
    expect(resolved.status).toBe(200);
    expect((await server.request(`/api/comments/${comment.id}/resolve`, { method: "POST", json: { resolution: "igen" }, cookie: cookies.secretary })).status).toBe(409);
  });
});

describe("automatic approval", () => {
  it("approves when the comment period has ended without open comments, and not before", async () => {
    const { db } = server.deps.database;
    const m = await createTestMeeting(db, scenario.forum.id);
    await db.update(meetings).set({ status: "referat_udsendt", commentPeriodEndsOn: "2030-03-15" }).where(eq(meetings.id, m.meetingId));
    const log = server.deps.logger;
    expect(await approveExpiredMinutes(db, log, new Date("2030-03-15T20:00:00Z"))).not.toContain(m.meetingId);
    await server.request(`/api/meetings/${m.meetingId}/comments`, { method: "POST", json: { body: "Indsigelse" }, cookie: cookies.member });
    expect(await approveExpiredMinutes(db, log, new Date("2030-03-16T08:00:00Z"))).not.toContain(m.meetingId);
    const { comments } = await (await server.request(`/api/meetings/${m.meetingId}/comments`, { cookie: cookies.member })).json();
    await server.request(`/api/comments/${comments[0].id}/resolve`, { method: "POST", json: { resolution: "Drøftet" }, cookie: cookies.secretary });
    expect(await approveExpiredMinutes(db, log, new Date("2030-03-16T08:00:00Z"))).toContain(m.meetingId);
    expect((await meeting(m.meetingId)).status).toBe("godkendt");
  });

  it("leaves minutes for the chair when the forum approves by chair", async () => {
    const { db } = server.deps.database;
    const m = await createTestMeeting(db, scenario.forum.id);
    await db.update(forums).set({ rules: { ...RULES_SYD, approval: "chair" } }).where(eq(forums.id, scenario.forum.id));
    await db.update(meetings).set({ status: "referat_udsendt", commentPeriodEndsOn: "2020-01-01" }).where(eq(meetings.id, m.meetingId));
    expect(await approveExpiredMinutes(db, server.deps.logger)).not.toContain(m.meetingId);
    expect((await step(m.meetingId, cookies.chair, "godkendt")).status).toBe(200);
    await db.update(forums).set({ rules: RULES_SYD }).where(eq(forums.id, scenario.forum.id));
  });

  it("approves a period that ended while the server was down, when it starts again", async () => {
    const { db } = server.deps.database;
    const m = await createTestMeeting(db, scenario.forum.id);
    await db.update(meetings).set({ status: "referat_udsendt", commentPeriodEndsOn: "2020-01-01" }).where(eq(meetings.id, m.meetingId));
    const second = await startTestServer({ DATABASE_URL: server.databaseUrl });
    try {
      await waitFor(async () => expect((await meeting(m.meetingId)).status).toBe("godkendt"));
    } finally {
      await second.close();
    }
  });
});

describe("publication", () => {
  it("is refused while the minutes hold a CPR number, naming the item, and locks the document once done", async () => {
    const { db } = server.deps.database;
    const { meetingId: id, documentId } = await createTestMeeting(db, scenario.forum.id, content());
    await db.update(meetings).set({ status: "referat_udsendt", commentPeriodEndsOn: "2099-01-01" }).where(eq(meetings.id, id));
    expect((await step(id, cookies.chair, "godkendt")).status).toBe(200);
    const refused = await step(id, cookies.secretary, "offentliggjort");
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.message).toBe(
      'Referatet kan ikke offentliggøres: der står noget, der ligner et CPR-nummer, i punkt 2 (Modeller til organisering).',
    );
    expect((await meeting(id)).status).toBe("godkendt");

    const editor = connectClient(server.url, documentId, cookies.secretary);
    clients.push(editor);
    await synced(editor);
    const item = editor.doc.getXmlFragment("default").get(1) as import("yjs").XmlElement;
    const paragraph = item.get(1) as import("yjs").XmlElement;
    editor.doc.transact(() => item.delete(item.toArray().indexOf(paragraph), 1));
    const reconnected = new Promise<number>((resolve) => editor.provider.once("connection-close", (event: CloseEvent | null) => resolve(event?.code ?? 0)));
    await waitFor(async () => expect((await step(id, cookies.secretary, "offentliggjort")).status).toBe(200));
    expect(await reconnected).toBe(4503);

    const after = await (await server.request(`/api/meetings/${id}`, { cookie: cookies.chair })).json();
    expect(after.meeting).toMatchObject({ status: "offentliggjort", canEdit: false });
    const observer = connectClient(server.url, documentId, cookies.member);
    const late = connectClient(server.url, documentId, cookies.chair);
    clients.push(observer, late);
    await Promise.all([synced(observer), synced(late)]);
    docEdits.typeInItem(late.doc, 0, "Efter offentliggørelsen");
    // Frames are handled in order: once the marker is relayed, the edit before it has been handled.
    late.provider.awareness.setLocalStateField("marker", "efter-redigering");
    await waitFor(() => expect(observer.provider.awareness.getStates().get(late.doc.clientID)?.marker).toBe("efter-redigering"));
    const check = connectClient(server.url, documentId, cookies.chair);
    clients.push(check);
    await synced(check);
    expect(docEdits.text(check.doc)).not.toContain("Efter offentliggørelsen");
  });
});
