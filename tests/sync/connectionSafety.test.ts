import { WebSocket } from "ws";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CloseCode } from "../../shared/protocol/closeCodes.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { docEdits } from "../helpers/docEdits.js";
import { login } from "../helpers/session.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let cookie: string;
const clients: SyncClient[] = [];

/** Opens a raw websocket, sends one frame and resolves with the close code the server answers. */
function closeCodeFor(frame: Uint8Array | string, withCookie = cookie): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.url.replace("http", "ws")}/sync/${scenario.documentId}`, { headers: { cookie: withCookie, origin: server.url } });
    ws.on("open", () => ws.send(frame));
    ws.on("close", (code) => resolve(code));
    ws.on("error", reject);
  });
}

beforeAll(async () => {
  server = await startTestServer();
  scenario = await createMeetingScenario(server.deps.database.db);
  cookie = await login(server, scenario.secretary.email);
});
afterEach(() => {
  clients.splice(0).forEach((c) => c.destroy());
});
afterAll(() => server.close());

describe("bad frames", () => {
  it("closes only the offending connection, with a documented code", async () => {
    const bystander = connectClient(server.url, scenario.documentId, cookie);
    clients.push(bystander);
    await synced(bystander);

    expect(await closeCodeFor(new Uint8Array([0, 2, 200, 1, 2, 3]))).toBe(CloseCode.MalformedMessage); // invalid Yjs update
    expect(await closeCodeFor(new Uint8Array([0, 9]))).toBe(CloseCode.MalformedMessage); // unknown sync type
    expect(await closeCodeFor(new Uint8Array([7]))).toBe(CloseCode.MalformedMessage); // unknown message type
    expect(await closeCodeFor(new Uint8Array([1, 0xff]))).toBe(CloseCode.MalformedMessage); // truncated varint
    expect(await closeCodeFor("hello")).toBe(CloseCode.MalformedMessage); // text frame

    docEdits.typeInItem(bystander.doc, 0, "Stadig i live");
    const late = connectClient(server.url, scenario.documentId, cookie);
    clients.push(late);
    await synced(late);
    await waitFor(() => expect(docEdits.text(late.doc)).toContain("Stadig i live"));
    expect((await server.request("/healthz")).status).toBe(200);
  });

  it("refuses awareness that forges another session's client", async () => {
    const victim = connectClient(server.url, scenario.documentId, cookie);
    clients.push(victim);
    await synced(victim);
    const watcher = connectClient(server.url, scenario.documentId, cookie);
    clients.push(watcher);
    await synced(watcher);
    victim.provider.awareness.setLocalStateField("marker", "Offer");
    await waitFor(() => expect(watcher.provider.awareness.getStates().get(victim.doc.clientID)?.marker).toBe("Offer"));

    const { encodeAwarenessUpdate, Awareness } = await import("y-protocols/awareness");
    const Y = await import("yjs");
    const forgedDoc = new Y.Doc();
    forgedDoc.clientID = victim.doc.clientID;
    const forged = new Awareness(forgedDoc);
    forged.setLocalState({ marker: "Falsk" });
    forged.meta.set(forgedDoc.clientID, { clock: 1000, lastUpdated: Date.now() });
    const payload = encodeAwarenessUpdate(forged, [forgedDoc.clientID]);
    const frame = new Uint8Array([1, ...varUint(payload.length), ...payload]);
    // Another session of the same person: only the session that first used an id may take it again.
    expect(await closeCodeFor(frame, await login(server, scenario.secretary.email))).toBe(CloseCode.AwarenessForbidden);
    forged.destroy();
    // A fresh peer gets the room's awareness as the server holds it.
    const late = connectClient(server.url, scenario.documentId, cookie);
    clients.push(late);
    await waitFor(() => expect(late.provider.awareness.getStates().get(victim.doc.clientID)?.marker).toBe("Offer"));
  });
});

describe("room lifecycle", () => {
  it("unloads a room when the last peer leaves, after its writes are stored", async () => {
    const a = connectClient(server.url, scenario.documentId, cookie);
    await synced(a);
    docEdits.typeInItem(a.doc, 0, "Sidste ord");
    a.destroy();
    await waitFor(() => expect(server.deps.rooms.size).toBe(0));
    const b = connectClient(server.url, scenario.documentId, cookie);
    clients.push(b);
    await synced(b);
    expect(docEdits.text(b.doc)).toContain("Sidste ord");
  });
});

function varUint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return out;
}
