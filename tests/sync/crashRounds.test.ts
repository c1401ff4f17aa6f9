import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openDatabase } from "../../db/client.js";
import { createMeetingScenario, TEST_PASSWORD } from "../helpers/factories.js";
import { createTestDatabaseUrl } from "../helpers/database.js";
import { freePort } from "../helpers/postgresServer.js";
import { seededRandom } from "../helpers/seededRandom.js";
import { spawnServer, type ServerProcess } from "../helpers/serverProcess.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";

const ROUNDS = 20;
const CLIENTS = 10;

let databaseUrl: string;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let server: ServerProcess | undefined;

/** The lines each client typed, kept in a Y.Array per client so concurrent typing never conflicts. */
const linesOf = (doc: Y.Doc, writer: number) => doc.getArray<string>(`client-${writer}`).toArray();

beforeAll(async () => {
  databaseUrl = await createTestDatabaseUrl();
  const database = await openDatabase({ url: databaseUrl, dataDir: "" });
  scenario = await createMeetingScenario(database.db);
  await database.close();
});
afterAll(async () => {
  server?.child.kill("SIGKILL");
  await server?.exited;
});

describe(`kill -9 while ${CLIENTS} clients type, ${ROUNDS} rounds`, () => {
  it("keeps every update any client saw from another", async () => {
    const port = await freePort();
    const rnd = seededRandom(42);
    server = await spawnServer({ DATABASE_URL: databaseUrl }, port);
    const res = await fetch(`${server.url}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: scenario.secretary.email, password: TEST_PASSWORD }) });
    const cookie = /session=[^;]+/.exec(res.headers.get("set-cookie")!)![0];
    const seen = new Set<string>();

    for (let round = 0; round < ROUNDS; round++) {
      const clients: SyncClient[] = Array.from({ length: CLIENTS }, () => connectClient(server!.url, scenario.documentId, cookie));
      await Promise.all(clients.map((c) => synced(c)));
      // Typing continues while the server is killed at a random moment.
      let typing = true;
      const typed = clients.map(async (c, writer) => {
        for (let i = 0; typing; i++) {
          c.doc.getArray<string>(`client-${writer}`).push([`r${round}-c${writer}-${i}`]);
          await new Promise((r) => setTimeout(r, 2 + rnd.int(8)));
        }
      });
      await new Promise((r) => setTimeout(r, 50 + rnd.int(250)));
      server.child.kill("SIGKILL");
      await server.exited;
      typing = false;
      await Promise.all(typed);
      // What a client holds of another client's lines reached it through the server.
      clients.forEach((c, reader) => {
        for (let writer = 0; writer < CLIENTS; writer++) if (writer !== reader) linesOf(c.doc, writer).forEach((l) => seen.add(l));
      });
      clients.forEach((c) => c.destroy());

      server = await spawnServer({ DATABASE_URL: databaseUrl }, port);
      const reader = connectClient(server.url, scenario.documentId, cookie);
      await synced(reader);
      const stored = new Set(Array.from({ length: CLIENTS }, (_, w) => linesOf(reader.doc, w)).flat());
      reader.destroy();
      const lost = [...seen].filter((l) => !stored.has(l));
      expect(lost, `round ${round}`).toEqual([]);
    }
    expect(seen.size).toBeGreaterThan(ROUNDS * CLIENTS);
  }, 240_000);
});
