import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_LOGINS, DEMO_PASSWORD } from "../../server/demo/seed.js";
import { loadEnv } from "../../server/env.js";
import { startServer, type RunningServer } from "../../server/index.js";
import { docEdits } from "../helpers/docEdits.js";
import { extractBlocks } from "../../shared/blocks/extractBlocks.js";
import { yDocToJson } from "../../shared/editor/ydoc.js";
import { connectClient, synced } from "../helpers/syncClient.js";
import { waitFor } from "../helpers/waitFor.js";

let dataDir: string;
let server: RunningServer;
const env = () => loadEnv({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "error", EXTRACT_DEBOUNCE_MS: "50" });

async function loginAs(email: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return /session=[^;]+/.exec(res.headers.get("set-cookie")!)![0];
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "moedebord-pglite-"));
  server = await startServer(env());
});
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the embedded default (PGlite)", () => {
  it("migrates, seeds the demo cluster and serves it to the three demo logins", async () => {
    expect(server.seeded).toBe(true);
    for (const { email, role } of DEMO_LOGINS) {
      const cookie = await loginAs(email);
      const { meetings: all } = await (await fetch(`${server.url}/api/meetings`, { headers: { cookie } })).json();
      // The secretariat also serves Direktørforum, whose upcoming meeting escalations can land on.
      expect(all.filter((m: { forumName: string }) => m.forumName === "Direktørforum")).toHaveLength(role === "secretariat" ? 1 : 0);
      const meetings = all.filter((m: { forumName: string }) => m.forumName === "Chefforum");
      expect(meetings).toHaveLength(2);
      const [past, upcoming] = meetings;
      expect(past).toMatchObject({ forumName: "Chefforum", status: "offentliggjort", canEdit: false });
      expect(upcoming).toMatchObject({ forumName: "Chefforum", status: "dagsorden_kladde", canEdit: role !== "member" });
      expect(new Date(upcoming.startsAt).getTime()).toBeGreaterThan(Date.now());
    }
  });

  it("holds the demo agenda in the shape of Chefforum's minutes", async () => {
    const cookie = await loginAs("sekretariat@demo.invalid");
    const { meetings } = await (await fetch(`${server.url}/api/meetings`, { headers: { cookie } })).json();
    const upcoming = meetings.filter((m: { forumName: string }) => m.forumName === "Chefforum")[1];
    const client = connectClient(server.url, upcoming.documentId, cookie);
    try {
      await synced(client);
      const blocks = extractBlocks(yDocToJson(client.doc));
      expect(blocks.agendaItems.map((i) => i.title)).toEqual([
        "Deltagere",
        "Godkendelse af dagsorden",
        "Opfølgning på aktionspunkter",
        "Opfølgning på udskrivningsforløb for ældre medicinske patienter",
        "Omprioritering af klyngemidler",
        "Eventuelt",
      ]);
      expect(blocks.attendees.filter((a) => !a.present).map((a) => a.name)).toEqual(["Lotte Friis Andersen"]);
      expect(blocks.attendees.filter((a) => a.role === "medformand")).toHaveLength(2);
      const id = docEdits.addDecision(client.doc, 1, "Dagsordenen blev godkendt.");
      await waitFor(async () => {
        const res = await fetch(`${server.url}/api/meetings/${upcoming.id}/decisions`, { headers: { cookie } });
        expect((await res.json()).decisions).toEqual([expect.objectContaining({ id, agendaItem: expect.objectContaining({ number: "2" }) })]);
      });
    } finally {
      client.destroy();
    }
  });

  it("has history to follow up: published minutes, open action items (one overdue), an escalation waiting in a Driftsforum", async () => {
    const cookie = await loginAs("sekretariat@demo.invalid");
    const publicIndex = await (await fetch(`${server.url}/offentlig`)).text();
    expect(publicIndex).toContain("Chefforum");
    const { actionItems } = await (await fetch(`${server.url}/api/action-items`, { headers: { cookie } })).json();
    expect(actionItems).toHaveLength(2);
    expect(actionItems.filter((a: { overdue: boolean }) => a.overdue)).toHaveLength(1);
    const { forums } = await (await fetch(`${server.url}/api/admin/clusters`, { headers: { cookie } })).json().then((b) => b.clusters[0]);
    const psyk = forums.find((f: { name: string }) => f.name === "Driftsforum Voksenpsykiatri");
    const { escalations } = await (await fetch(`${server.url}/api/forums/${psyk.id}/inbox`, { headers: { cookie } })).json();
    expect(escalations).toEqual([expect.objectContaining({ direction: "ned", state: "ny", origin: expect.objectContaining({ forumName: "Chefforum" }) })]);
  });

  it("refuses a second server on the same data directory with a clear message", async () => {
    await expect(startServer(env())).rejects.toThrow(/in use by another Mødebord process/);
  });

  it("keeps the data across a restart and does not seed twice", async () => {
    await server.close();
    server = await startServer(env());
    expect(server.seeded).toBe(false);
    const cookie = await loginAs("formand@demo.invalid");
    const { meetings } = await (await fetch(`${server.url}/api/meetings`, { headers: { cookie } })).json();
    expect(meetings).toHaveLength(2);
    const res = await fetch(`${server.url}/api/meetings/${meetings[1].id}/decisions`, { headers: { cookie } });
    expect((await res.json()).decisions.map((d: { text: string }) => d.text)).toEqual(["Dagsordenen blev godkendt."]);
  });
});
