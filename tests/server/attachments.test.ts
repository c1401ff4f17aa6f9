import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMeetingScenario } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

function upload(cookie: string, file: Blob, name: string, agendaItemId?: string) {
  const form = new FormData();
  form.set("file", file, name);
  if (agendaItemId) form.set("agendaItemId", agendaItemId);
  return server.request(`/api/meetings/${scenario.meetingId}/attachments`, { method: "POST", body: form, cookie });
}

beforeAll(async () => {
  server = await startTestServer({ MAX_ATTACHMENT_BYTES: String(64 * 1024) });
  scenario = await createMeetingScenario(server.deps.database.db);
});
afterAll(() => server.close());

describe("attachments (Bilag)", () => {
  it("stores an upload and serves it back byte for byte to forum members", async () => {
    const secretary = await login(server, scenario.secretary.email);
    const res = await upload(secretary, new Blob([pdf]), "Mødeplan 2024.pdf", "item-1");
    expect(res.status).toBe(201);
    const { attachment } = await res.json();
    expect(attachment).toMatchObject({ filename: "Mødeplan 2024.pdf", contentType: "application/pdf", size: pdf.byteLength, agendaItemId: "item-1" });

    const member = await login(server, scenario.member.email);
    const list = await (await server.request(`/api/meetings/${scenario.meetingId}/attachments`, { cookie: member })).json();
    expect(list.attachments.map((a: { id: string }) => a.id)).toEqual([attachment.id]);

    const download = await server.request(attachment.url, { cookie: member });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toContain("filename*=UTF-8''M%C3%B8deplan%202024.pdf");
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);

    const outsider = await login(server, scenario.outsider.email);
    expect((await server.request(attachment.url, { cookie: outsider })).status).toBe(404);
    expect((await server.request(attachment.url)).status).toBe(401);
  });

  it("refuses a forbidden type, a disguised file and an oversize file with Danish messages", async () => {
    const chair = await login(server, scenario.chair.email);
    const exe = await upload(chair, new Blob(["MZ\x90\x00"]), "program.exe");
    expect(exe.status).toBe(415);
    expect((await exe.json()).error).toMatchObject({ code: "attachment_type", message: expect.stringContaining("Filtypen er ikke tilladt") });

    const disguised = await upload(chair, new Blob(["<script>alert(1)</script>"]), "referat.pdf");
    expect(disguised.status).toBe(415);

    const big = new Uint8Array(65 * 1024);
    big.set(pdf);
    const tooBig = await upload(chair, new Blob([big]), "stor.pdf");
    expect(tooBig.status).toBe(413);
    expect((await tooBig.json()).error.message).toBe("Filen er for stor. Bilag må højst fylde 0,1 MB.");

    const list = await (await server.request(`/api/meetings/${scenario.meetingId}/attachments`, { cookie: chair })).json();
    expect(list.attachments.map((a: { filename: string }) => a.filename)).not.toContain("program.exe");
  });

  it("lets only editors upload and delete", async () => {
    const member = await login(server, scenario.member.email);
    const res = await upload(member, new Blob([pdf]), "bilag.pdf");
    expect(res.status).toBe(403);

    const chair = await login(server, scenario.chair.email);
    const { attachment } = await (await upload(chair, new Blob([pdf]), "slettes.pdf")).json();
    expect((await server.request(attachment.url, { method: "DELETE", cookie: member })).status).toBe(403);
    expect((await server.request(attachment.url, { method: "DELETE", cookie: chair })).status).toBe(200);
    expect((await server.request(attachment.url, { cookie: chair })).status).toBe(404);
  });

  it("answers a request without a file with 400", async () => {
    const chair = await login(server, scenario.chair.email);
    const res = await server.request(`/api/meetings/${scenario.meetingId}/attachments`, { method: "POST", body: new FormData(), cookie: chair });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("invalid_request");
  });
});
