import { WebSocket } from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import { createMeetingScenario } from "../helpers/factories.js";
import { seededRandom } from "../helpers/seededRandom.js";
import { login } from "../helpers/session.js";
import { connectClient, synced } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const FRAMES = 3000;

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let cookie: string;

/** Valid frames of every kind, for mutation. */
function seedFrames(): Uint8Array[] {
  const doc = new Y.Doc();
  doc.getXmlFragment("default").insert(0, [new Y.XmlText("fuzz")]);
  const frame = (write: (e: encoding.Encoder) => void) => {
    const e = encoding.createEncoder();
    write(e);
    return encoding.toUint8Array(e);
  };
  const awareness = new Awareness(doc);
  awareness.setLocalState({ user: { name: "Fuzz" } });
  return [
    frame((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeSyncStep1(e, doc))),
    frame((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc)))),
    frame((e) => (encoding.writeVarUint(e, 1), encoding.writeVarUint8Array(e, encodeAwarenessUpdate(awareness, [doc.clientID])))),
    frame((e) => encoding.writeVarUint(e, 3)),
  ];
}

function mutate(frame: Uint8Array, rnd: ReturnType<typeof seededRandom>): Uint8Array {
  const out = Uint8Array.from(frame);
  switch (rnd.int(4)) {
    case 0:
      return out.subarray(0, rnd.int(out.length));
    case 1:
      for (let i = 0; i < 1 + rnd.int(4); i++) out[rnd.int(out.length)] = rnd.int(256);
      return out;
    case 2:
      return Uint8Array.from([...out, ...rnd.bytes(rnd.int(32))]);
    default:
      return Uint8Array.from([out[0], 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]);
  }
}

function open(): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.url.replace("http", "ws")}/sync/${scenario.documentId}`, { headers: { cookie, origin: server.url } });
    ws.once("open", () => resolve(ws));
    ws.once("error", reject);
  });
}

/** Resolves on the server's pong or on close, whichever comes first. */
function roundTrip(ws: WebSocket): Promise<void> {
  if (ws.readyState !== WebSocket.OPEN) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      ws.off("pong", done);
      ws.off("close", done);
      resolve();
    };
    ws.once("pong", done);
    ws.once("close", done);
    ws.ping();
  });
}

beforeAll(async () => {
  server = await startTestServer({ SYNC_MAX_MESSAGES_PER_SECOND: "100000" });
  scenario = await createMeetingScenario(server.deps.database.db);
  cookie = await login(server, scenario.secretary.email);
});
afterAll(() => server.close());

describe(`fuzzing the sync endpoint (seed ${SEED})`, () => {
  it("survives thousands of random and mutated frames while other clients carry on", async () => {
    const a = connectClient(server.url, scenario.documentId, cookie);
    const b = connectClient(server.url, scenario.documentId, cookie);
    await Promise.all([synced(a), synced(b)]);
    const rnd = seededRandom(SEED);
    const valid = seedFrames();
    let ws = await open();
    let closes = 0;
    for (let i = 0; i < FRAMES; i++) {
      if (ws.readyState !== WebSocket.OPEN) {
        closes += 1;
        ws = await open();
      }
      const frame = rnd.next() < 0.3 ? rnd.bytes(rnd.int(64)) : mutate(valid[rnd.int(valid.length)], rnd);
      ws.send(frame);
      // A round trip now and then, so closes are seen before the next frames go out.
      if (i % 20 === 0) await roundTrip(ws);
    }
    ws.close();
    expect(closes).toBeGreaterThan(10);

    expect((await server.request("/healthz")).status).toBe(200);
    // Fuzzed frames that happen to be valid updates are edits like any other, so probe with a map entry.
    a.doc.getMap("probe").set("after", "Efter fuzzing");
    await waitFor(() => expect(b.doc.getMap("probe").get("after")).toBe("Efter fuzzing"));
    const late = connectClient(server.url, scenario.documentId, cookie);
    await synced(late);
    expect(late.doc.getMap("probe").get("after")).toBe("Efter fuzzing");
    late.destroy();
    expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true);
    a.destroy();
    b.destroy();
  });
});
