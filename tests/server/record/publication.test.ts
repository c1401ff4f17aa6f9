import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { attachments, meetings, meetingVersions } from "../../../db/schema/index.js";
import { syncBlocks } from "../../../server/commands/blockSyncer.js";
import { extractBlocks } from "../../../shared/blocks/extractBlocks.js";
import { build } from "../../../shared/editor/build.js";
import { createMeetingScenario } from "../../helpers/factories.js";
import { docEdits } from "../../helpers/docEdits.js";
import { heldMeeting, sendAndApprove, step, uploadAttachment, type Cookies } from "../../helpers/minutesScenario.js";
import { loginAll } from "../../helpers/session.js";
import { connectClient, synced, type SyncClient } from "../../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../../helpers/testServer.js";
import { waitFor } from "../../helpers/waitFor.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let cookies: Cookies;
const clients: SyncClient[] = [];
const pdf = new TextEncoder().encode("%PDF-1.4\n% frozen\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

beforeAll(async () => {
  server = await startTestServer();
  scenario = await createMeetingScenario(server.deps.database.db);
  cookies = await loginAll(server, scenario);
});
afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
afterAll(() => server.close());

const upload = (meetingId: string, name: string, agendaItemId?: string) => uploadAttachment(server, meetingId, cookies.secretary, { name, bytes: pdf, agendaItemId });
const publish = (meetingId: string) => step(server, meetingId, cookies.chair, "offentliggjort");
const publicPage = async (meetingId: string) => (await server.request(`/offentlig/referat/${meetingId}`)).text();

describe("publication", () => {
  it("renders the frozen title, place and attachments, whatever happens to the live rows afterwards", async () => {
    const item = build.agendaItem("Økonomi", build.paragraph("Budgettet blev godkendt."));
    const { meetingId } = await heldMeeting(server, scenario.forum.id, build.doc(item), { title: "Møde om budget", place: "Rådhuset, lokale 3" });
    expect((await upload(meetingId, "Budget 2031.pdf", item.attrs!.id as string)).status).toBe(201);
    await sendAndApprove(server, meetingId, cookies);
    expect((await publish(meetingId)).status).toBe(200);

    const { db } = server.deps.database;
    await db.update(meetings).set({ title: "Omdøbt bagefter", place: "Et andet sted" }).where(eq(meetings.id, meetingId));
    await db.update(attachments).set({ filename: "Udskiftet.pdf", data: new TextEncoder().encode("%PDF-1.4 ændret") }).where(eq(attachments.meetingId, meetingId));
    const html = await publicPage(meetingId);
    expect(html).toContain("Møde om budget");
    expect(html).toContain("Rådhuset, lokale 3");
    expect(html).toContain("Budget 2031.pdf");
    expect(html).not.toMatch(/Omdøbt bagefter|Et andet sted|Udskiftet\.pdf/);
    const file = await server.request(`/offentlig/referat/${meetingId}/bilag/0`);
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf);
    expect(await (await server.request(`/offentlig/forum/${scenario.forum.id}`)).text()).toContain("Møde om budget");

    await db.delete(attachments).where(eq(attachments.meetingId, meetingId));
    expect((await server.request(`/offentlig/referat/${meetingId}/bilag/0`)).status, "the frozen file outlives the live row").toBe(200);
    const exported = await server.request(`/offentlig/referat/${meetingId}/docx`);
    expect(exported.status).toBe(200);
  });

  it("lists publicly only the carry-over items of published minutes", async () => {
    const { db } = server.deps.database;
    const earlier = async (text: string, daysAgo: number, published: boolean) => {
      const content = build.doc(build.agendaItem("Opgaver", build.section("beslutning", build.actionItem(text, { ownerKind: "sekretariatet", ownerName: "Sekretariatet" }))));
      const m = await heldMeeting(server, scenario.forum.id, content);
      await db.update(meetings).set({ startsAt: new Date(Date.now() - daysAgo * 86_400_000) }).where(eq(meetings.id, m.meetingId));
      await syncBlocks(db, m.documentId, extractBlocks(content));
      if (published) {
        await db.insert(meetingVersions).values({ meetingId: m.meetingId, kind: "offentliggjort", version: 1, doc: content, title: "Tidligere møde", startsAt: new Date(), place: "", forumName: "Chefforum", clusterName: "Klynge" });
      }
    };
    await earlier("Offentlig opgave fra et offentliggjort referat", 40, true);
    await earlier("Intern opgave fra et ikke offentliggjort referat", 30, false);
    const { meetingId } = await heldMeeting(server, scenario.forum.id, build.doc(build.agendaItem("Opfølgning på aktionspunkter", build.actionFollowUp())));
    await sendAndApprove(server, meetingId, cookies);
    const approved = await (await server.request(`/api/meetings/${meetingId}/versions/godkendt/1`, { cookie: cookies.member })).json();
    expect(approved.doc).toBeDefined();
    expect((await publish(meetingId)).status).toBe(200);
    const html = await publicPage(meetingId);
    expect(html).toContain("Offentlig opgave fra et offentliggjort referat");
    expect(html).not.toContain("Intern opgave");
    const pdfExport = await server.request(`/api/meetings/${meetingId}/versions/godkendt/1/pdf`, { cookie: cookies.member });
    expect(pdfExport.status, "members read the approved version with both items").toBe(200);
  });

  it("refuses CPR numbers anywhere in the record, naming each place, until the minutes are reopened and corrected", async () => {
    const item = build.agendaItem("Sag", build.paragraph("Borgeren 010190\u20131234 blev drøftet."));
    const { meetingId, documentId } = await heldMeeting(server, scenario.forum.id, build.doc(item), { title: "Møde om 020285 4321" });
    expect((await upload(meetingId, "journal 030390-1234.pdf", item.attrs!.id as string)).status).toBe(201);
    const unconfirmed = await step(server, meetingId, cookies.secretary, "referat_udsendt");
    expect(unconfirmed.status).toBe(409);
    expect((await unconfirmed.json()).error.details.findings.map((f: { place: string }) => f.place)).toEqual(["titel", "punkt 1 (Sag)", "bilag: journal 030390-1234.pdf"]);
    await sendAndApprove(server, meetingId, cookies);

    const refused = await publish(meetingId);
    expect(refused.status).toBe(422);
    const { error } = await refused.json();
    expect(error.code).toBe("cpr_number");
    expect(error.message).toBe("Referatet kan ikke offentliggøres: der står noget, der ligner et CPR-nummer, i titel, punkt 1 (Sag), bilag: journal 030390-1234.pdf. Genåbn referatet og fjern det.");
    expect((await server.request(`/offentlig/referat/${meetingId}`)).status).toBe(404);

    expect((await server.request(`/api/meetings/${meetingId}/reopening`, { method: "POST", json: { reason: "CPR-nummer skal fjernes." }, cookie: cookies.secretary })).status).toBe(200);
    const { attachments: files } = await (await server.request(`/api/meetings/${meetingId}/attachments`, { cookie: cookies.secretary })).json();
    expect((await server.request(`/api/attachments/${files[0].id}`, { method: "DELETE", cookie: cookies.secretary })).status).toBe(200);
    expect((await server.request(`/api/meetings/${meetingId}`, { method: "PATCH", json: { title: "Møde om en borgersag" }, cookie: cookies.secretary })).status).toBe(200);
    const editor = connectClient(server.url, documentId, cookies.secretary);
    clients.push(editor);
    await synced(editor);
    const block = editor.doc.getXmlFragment("default").get(0) as import("yjs").XmlElement;
    editor.doc.transact(() => block.delete(1, 1));
    await waitFor(async () => expect((await step(server, meetingId, cookies.secretary, "referat_udsendt")).status).toBe(200));
    expect((await server.request(`/api/meetings/${meetingId}/approvals`, { method: "POST", cookie: cookies.member })).status).toBe(201);
    expect((await server.request(`/api/meetings/${meetingId}/approvals`, { method: "POST", cookie: cookies.chair })).status).toBe(201);
    expect((await publish(meetingId)).status).toBe(200);
    const html = await publicPage(meetingId);
    expect(html).toContain("Møde om en borgersag");
    expect(html).not.toMatch(/010190|020285|030390/);
  });

  it("gives one of two simultaneous publications, and keeps a CPR number typed meanwhile off the public page", async () => {
    const { meetingId, documentId } = await heldMeeting(server, scenario.forum.id);
    const typist = connectClient(server.url, documentId, cookies.secretary);
    clients.push(typist);
    await synced(typist);
    await sendAndApprove(server, meetingId, cookies);
    await waitFor(() => expect(typist.provider.wsconnected).toBe(true));
    const typing = (async () => {
      for (let n = 0; n < 20; n++) {
        docEdits.typeInItem(typist.doc, 1, `Borger 0${n % 9 + 1}0190-12${String(n).padStart(2, "0")}`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const answers = await Promise.all([publish(meetingId), publish(meetingId)]);
    await typing;
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const { versions } = await (await server.request(`/api/meetings/${meetingId}/versions`, { cookie: cookies.chair })).json();
    expect(versions.filter((v: { kind: string }) => v.kind === "offentliggjort")).toHaveLength(1);
    expect(await publicPage(meetingId)).not.toMatch(/Borger 0\d0190/);
  });
});
