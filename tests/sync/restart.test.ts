import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { createTestDatabaseUrl } from "../helpers/database.js";
import { docEdits } from "../helpers/docEdits.js";
import { freePort } from "../helpers/postgresServer.js";
import { spawnServer, type ServerProcess } from "../helpers/serverProcess.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { TEST_PASSWORD } from "../helpers/factories.js";
import { waitFor } from "../helpers/waitFor.js";

let databaseUrl: string;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
const clients: SyncClient[] = [];
let server: ServerProcess | undefined;

async function loginAt(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  return /session=[^;]+/.exec(res.headers.get("set-cookie") ?? "")![0];
}

beforeAll(async () => {
  databaseUrl = await createTestDatabaseUrl();
  const database = await openDatabase({ url: databaseUrl, dataDir: "" });
  scenario = await createMeetingScenario(database.db);
  await database.close();
});
afterEach(async () => {
  clients.splice(0).forEach((c) => c.destroy());
  server?.child.kill("SIGKILL");
  await server?.exited;
});

describe("a server process killed mid-meeting", () => {
  it("keeps every edit the clients saw, and the clients carry on after restart", async () => {
    const port = await freePort();
    server = await spawnServer({ DATABASE_URL: databaseUrl }, port);
    const cookie = await loginAt(server.url, scenario.secretary.email);
    const a = connectClient(server.url, scenario.documentId, cookie, server.url, { acks: true });
    const b = connectClient(server.url, scenario.documentId, cookie, server.url, { acks: true });
    clients.push(a, b);
    await Promise.all([synced(a), synced(b)]);

    for (let i = 0; i < 20; i++) docEdits.typeInItem(i % 2 ? a.doc : b.doc, 0, `Linje ${i}`);
    // What the server acknowledged as stored must survive the kill; each client waits for its own lines' acknowledgement.
    await waitFor(() => {
      for (const c of [a, b]) for (let i = 0; i < 20; i++) expect(docEdits.text(c.doc)).toContain(`Linje ${i}`);
      expect(a.stored() && b.stored()).toBe(true);
    });

    server.child.kill("SIGKILL");
    await server.exited;
    server = await spawnServer({ DATABASE_URL: databaseUrl }, port);

    const fresh = connectClient(server.url, scenario.documentId, cookie);
    clients.push(fresh);
    await synced(fresh);
    for (let i = 0; i < 20; i++) expect(docEdits.text(fresh.doc)).toContain(`Linje ${i}`);

    // The old clients reconnect by themselves and keep editing.
    await waitFor(() => expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true), { timeout: 20_000 });
    docEdits.typeInItem(a.doc, 0, "Efter genstart");
    await waitFor(() => expect(docEdits.text(fresh.doc)).toContain("Efter genstart"));
  });

  it("runs the pending extraction on a graceful stop (SIGTERM)", async () => {
    const port = await freePort();
    // Extraction would not run for a minute on its own: only the shutdown can have done it.
    const slowExtraction = { DATABASE_URL: databaseUrl, EXTRACT_DEBOUNCE_MS: "60000", EXTRACT_MAX_WAIT_MS: "60000" };
    server = await spawnServer(slowExtraction, port);
    const cookie = await loginAt(server.url, scenario.chair.email);
    const a = connectClient(server.url, scenario.documentId, cookie);
    const b = connectClient(server.url, scenario.documentId, cookie);
    clients.push(a, b);
    await Promise.all([synced(a), synced(b)]);
    const id = docEdits.addDecision(a.doc, 0, "Besluttet lige før stop");
    await waitFor(() => expect(docEdits.text(b.doc)).toContain("Besluttet lige før stop"));

    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    server = await spawnServer(slowExtraction, port);
    const res = await fetch(`${server.url}/api/meetings/${scenario.meetingId}/decisions`, { headers: { cookie } });
    expect((await res.json()).decisions.map((d: { id: string }) => d.id)).toContain(id);
  });
});
