import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { meetings, outbox } from "../../db/schema/index.js";
import { build } from "../../shared/editor/build.js";
import { createMeetingScenario } from "../helpers/factories.js";
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

const step = (meetingId: string, cookie: string, to: string, confirmCpr = false) => server.request(`/api/meetings/${meetingId}/transitions`, { method: "POST", json: { to, confirmCpr }, cookie });
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
      if (to === "referat_udsendt") {
        expect((await step(id, cookies.chair, to)).status, "chair may not send minutes").toBe(403);
        const unconfirmed = await step(id, cookies[who], to);
        expect(unconfirmed.status, "minutes with a CPR number need an explicit confirmation").toBe(409);
        expect((await unconfirmed.json()).error).toMatchObject({ code: "cpr_confirmation_required", details: { findings: [{ place: "punkt 2 (Modeller til organisering)", match: "010203-1234" }] } });
      }
      const res = await step(id, cookies[who], to, to === "referat_udsendt");
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
