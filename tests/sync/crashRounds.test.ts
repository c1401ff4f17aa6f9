import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openDatabase } from "../../db/client.js";
import { createMeetingScenario, TEST_PASSWORD } from "../helpers/factories.js";
import { createTestDatabaseUrl } from "../helpers/database.js";
import { freePort } from "../helpers/postgresServer.js";
import { seededRandom } from "../helpers/seededRandom.js";
import { spawnServer, type ServerProcess } from "../helpers/serverProcess.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { waitFor } from "../helpers/waitFor.js";

const ROUNDS = 20;
const CLIENTS = 10;

let databaseUrl: string;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let server: ServerProcess | undefined;

/** The lines each client typed, kept in a Y.Array per client so concurrent typing never conflicts. */
const linesOf = (doc: Y.Doc, writer: number) => doc.getArray<string>(`client-${writer}`).toArray();
const everyLine = (doc: Y.Doc) => new Set(Array.from({ length: CLIENTS }, (_, w) => linesOf(doc, w)).flat());

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

async function storedLines(url: string, cookie: string): Promise<Set<string>> {
  const reader = connectClient(url, scenario.documentId, cookie);
  await synced(reader);
  const lines = everyLine(reader.doc);
  reader.destroy();
  return lines;
}

describe(`kill -9 while ${CLIENTS} clients type, ${ROUNDS} rounds`, () => {
  it("keeps every update acknowledged as stored, and every update any client saw once the clients are back", async () => {
    const port = await freePort();
    const rnd = seededRandom(42);
    server = await spawnServer({ DATABASE_URL: databaseUrl }, port);
    const res = await fetch(`${server.url}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: scenario.secretary.email, password: TEST_PASSWORD }) });
    const cookie = /session=[^;]+/.exec(res.headers.get("set-cookie")!)![0];
    let acknowledged = 0;

    for (let round = 0; round < ROUNDS; round++) {
      const clients: SyncClient[] = Array.from({ length: CLIENTS }, () => connectClient(server!.url, scenario.documentId, cookie, server!.url, { acks: true }));
      await Promise.all(clients.map((c) => synced(c)));
      // Each line with the client's clock once it was typed: covered by an acknowledgement, it is stored.
      const clocks = clients.map(() => new Map<string, number>());
      let typing = true;
      const typed = clients.map(async (c, writer) => {
        for (let i = 0; typing; i++) {
          const line = `r${round}-c${writer}-${i}`;
          c.doc.getArray<string>(`client-${writer}`).push([line]);
          clocks[writer].set(line, Y.getState(c.doc.store, c.doc.clientID));
          await new Promise((r) => setTimeout(r, 2 + rnd.int(8)));
        }
      });
      await new Promise((r) => setTimeout(r, 50 + rnd.int(250)));
      server.child.kill("SIGKILL");
      await server.exited;
      typing = false;
      await Promise.all(typed);
      const acked = clients.flatMap((c, w) => [...clocks[w]].filter(([, clock]) => clock <= (c.durable.get(c.doc.clientID) ?? 0)).map(([line]) => line));
      // What a client holds of another client's lines reached it through the server.
      const seen = new Set<string>();
      clients.forEach((c, reader) => {
        for (let writer = 0; writer < CLIENTS; writer++) if (writer !== reader) linesOf(c.doc, writer).forEach((l) => seen.add(l));
      });
      const docs = clients.map((c) => c.doc);
      clients.forEach((c) => c.provider.destroy());

      server = await spawnServer({ DATABASE_URL: databaseUrl }, port);
      const afterCrash = await storedLines(server.url, cookie);
      expect(acked.filter((l) => !afterCrash.has(l)), `round ${round}: acknowledged but lost`).toEqual([]);
      acknowledged += acked.length;

      // The clients come back with what they hold; what one saw of another's is then stored, whoever sends it.
      const back = docs.map((doc) => connectClient(server!.url, scenario.documentId, cookie, server!.url, { acks: true, doc }));
      await Promise.all(back.map((c) => synced(c)));
      await waitFor(() => expect(back.every((c) => c.stored())).toBe(true));
      const stored = await storedLines(server.url, cookie);
      expect([...seen].filter((l) => !stored.has(l)), `round ${round}: seen but lost`).toEqual([]);
      back.forEach((c) => c.destroy());
    }
    expect(acknowledged).toBeGreaterThan(ROUNDS * CLIENTS);
  }, 300_000);
});
