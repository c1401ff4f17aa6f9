import { WebSocket } from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CloseCode } from "../../shared/protocol/closeCodes.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { docEdits } from "../helpers/docEdits.js";
import { login } from "../helpers/session.js";
import { connectClient, synced } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let cookie: string;

function openRaw(): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.url.replace("http", "ws")}/sync/${scenario.documentId}`, { headers: { cookie, origin: server.url } });
    ws.once("open", () => resolve(ws));
    ws.once("unexpected-response", (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    ws.once("error", reject);
  });
}
const closed = (ws: WebSocket) => new Promise<number>((resolve) => ws.once("close", (code) => resolve(code)));

beforeAll(async () => {
  server = await startTestServer({ SYNC_MAX_FRAME_BYTES: "65536", SYNC_MAX_MESSAGES_PER_SECOND: "20", SYNC_MAX_CONNECTIONS_PER_ROOM: "3" });
  scenario = await createMeetingScenario(server.deps.database.db);
  cookie = await login(server, scenario.secretary.email);
});
afterAll(() => server.close());

describe("sync limits", () => {
  it("closes a connection that sends an oversize frame with 1009", async () => {
    const ws = await openRaw();
    const code = closed(ws);
    ws.send(new Uint8Array(70_000));
    expect(await code).toBe(1009);
  });

  it("closes a flooding connection with the rate-limit code, and lets a calm one be", async () => {
    const calm = connectClient(server.url, scenario.documentId, cookie);
    await synced(calm);
    const flood = await openRaw();
    const code = closed(flood);
    const query = new Uint8Array([3]);
    for (let i = 0; i < 200; i++) flood.send(query);
    expect(await code).toBe(CloseCode.RateLimited);
    docEdits.typeInItem(calm.doc, 0, "Stadig forbundet");
    expect(calm.provider.wsconnected).toBe(true);
    calm.destroy();
  });

  it("refuses more connections to one document than configured with 503", async () => {
    const open = [await openRaw(), await openRaw(), await openRaw()];
    await expect(openRaw()).rejects.toThrow("upgrade refused: 503");
    open[0].close();
    await waitFor(() => expect(server.deps.rooms.peersOf(scenario.documentId)).toBe(2));
    const again = await openRaw();
    expect(again.readyState).toBe(WebSocket.OPEN);
    [...open.slice(1), again].forEach((ws) => ws.close());
  });
});

describe("/metrics", () => {
  it("reports rooms, connections, updates, append latency and closed connections in Prometheus format", async () => {
    const client = connectClient(server.url, scenario.documentId, cookie);
    await synced(client);
    docEdits.typeInItem(client.doc, 0, "Måles");
    const text = await waitFor(async () => {
      const body = await (await server.request("/metrics")).text();
      expect(body).toMatch(/^moedebord_sync_updates_total [1-9]/m);
      return body;
    });
    expect(text).toMatch(/^moedebord_sync_rooms 1$/m);
    expect(text).toMatch(/^moedebord_sync_connections [1-9]/m);
    expect(text).toContain("moedebord_sync_append_seconds_bucket");
    expect(text).toMatch(/^moedebord_sync_closed_connections_total\{code="4529"\} 1$/m);
    expect(text).toMatch(/^moedebord_journal_queued 0$/m);
    client.destroy();
  });
});
