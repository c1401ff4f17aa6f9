import { eq } from "drizzle-orm";
import { WebSocket } from "ws";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { documentUpdates } from "../../db/schema/index.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { docEdits } from "../helpers/docEdits.js";
import { loginAll } from "../helpers/session.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";
import { DOCUMENT_SCHEMA_VERSION } from "../../shared/protocol/limits.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let cookies: { chair: string; secretary: string; member: string; outsider: string };
const clients: SyncClient[] = [];

const open = (cookie: string | null, origin?: string) => {
  const client = connectClient(server.url, scenario.documentId, cookie, origin);
  clients.push(client);
  return client;
};

/** The HTTP status the server answers a raw websocket upgrade with (101 when accepted). */
function upgradeStatus(path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.url.replace("http", "ws")}${path}`, { headers });
    ws.on("unexpected-response", (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on("open", () => {
      resolve(101);
      ws.close();
    });
    ws.on("error", (error) => reject(error));
  });
}

beforeAll(async () => {
  server = await startTestServer();
  scenario = await createMeetingScenario(server.deps.database.db);
  cookies = await loginAll(server, scenario);
});
afterEach(() => {
  clients.splice(0).forEach((c) => c.destroy());
});
afterAll(() => server.close());

describe("sync with stock y-websocket clients", () => {
  it("serves the stored document and makes two editors converge", async () => {
    const chair = open(cookies.chair);
    const secretary = open(cookies.secretary);
    await Promise.all([synced(chair), synced(secretary)]);
    expect(docEdits.text(chair.doc)).toContain("Godkendelse af dagsorden");

    docEdits.typeInItem(chair.doc, 0, "Formanden byder velkommen.");
    docEdits.typeInItem(secretary.doc, 0, "Sekretariatet noterer.");
    await waitFor(() => {
      expect(docEdits.text(chair.doc)).toContain("Sekretariatet noterer.");
      expect(docEdits.text(secretary.doc)).toContain("Formanden byder velkommen.");
      expect(Y.encodeStateVector(chair.doc)).toEqual(Y.encodeStateVector(secretary.doc));
    });
    expect(docEdits.text(chair.doc)).toBe(docEdits.text(secretary.doc));
  });

  it("makes ten concurrent editors converge on one document", async () => {
    const ten = Array.from({ length: 10 }, (_, i) => open(i % 2 ? cookies.chair : cookies.secretary));
    await Promise.all(ten.map((c) => synced(c)));
    ten.forEach((c, i) => docEdits.typeInItem(c.doc, 0, `Skriver ${i}`));
    await waitFor(() => {
      for (const c of ten) {
        const text = docEdits.text(c.doc);
        for (let i = 0; i < 10; i++) expect(text).toContain(`Skriver ${i}`);
      }
    });
    const texts = new Set(ten.map((c) => docEdits.text(c.doc)));
    expect(texts.size).toBe(1);
  });

  it("shows each peer's awareness to the others", async () => {
    const chair = open(cookies.chair);
    const member = open(cookies.member);
    await Promise.all([synced(chair), synced(member)]);
    chair.provider.awareness.setLocalStateField("user", { name: "Birthe Chair Holm" });
    member.provider.awareness.setLocalStateField("user", { name: "Ulla Medlem Ravn" });
    await waitFor(() => {
      const seenByChair = [...chair.provider.awareness.getStates().values()].map((s) => s.user?.name);
      const seenByMember = [...member.provider.awareness.getStates().values()].map((s) => s.user?.name);
      expect(seenByChair).toContain("Ulla Medlem Ravn");
      expect(seenByMember).toContain("Birthe Chair Holm");
    });
  });
});

describe("who may connect", () => {
  it("refuses an upgrade without a session cookie with 401", async () => {
    expect(await upgradeStatus(`/sync/${scenario.documentId}`, { origin: server.url })).toBe(401);
    const client = open(null);
    await waitFor(() => expect(client.provider.wsconnected).toBe(false));
    expect(client.provider.synced).toBe(false);
  });

  it("refuses an editor page built for an older document shape with 409, and serves the current one and the stock client", async () => {
    const path = `/sync/${scenario.documentId}`;
    const browser = { origin: server.url, cookie: cookies.chair, "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0" };
    expect(await upgradeStatus(path, browser), "an editor from before the schema parameter").toBe(409);
    expect(await upgradeStatus(`${path}?schema=1`, browser), "an editor for schema 1").toBe(409);
    expect(await upgradeStatus(`${path}?schema=${DOCUMENT_SCHEMA_VERSION}`, browser)).toBe(101);
    expect(await upgradeStatus(path, { origin: server.url, cookie: cookies.chair }), "the stock client in Node").toBe(101);
  });

  it("refuses a foreign Origin with 403, even with a valid session", async () => {
    expect(await upgradeStatus(`/sync/${scenario.documentId}`, { origin: "https://evil.example", cookie: cookies.chair })).toBe(403);
    expect(await upgradeStatus(`/sync/${scenario.documentId}`, { cookie: cookies.chair })).toBe(403);
  });

  it("answers 404 to users outside the forum and for unknown documents", async () => {
    expect(await upgradeStatus(`/sync/${scenario.documentId}`, { origin: server.url, cookie: cookies.outsider })).toBe(404);
    expect(await upgradeStatus(`/sync/00000000-0000-4000-8000-000000000000`, { origin: server.url, cookie: cookies.chair })).toBe(404);
    expect(await upgradeStatus(`/sync/..%2Fetc`, { origin: server.url, cookie: cookies.chair })).toBe(404);
  });

  it("accepts the chair from the server's own origin", async () => {
    expect(await upgradeStatus(`/sync/${scenario.documentId}`, { origin: server.url, cookie: cookies.chair })).toBe(101);
  });
});

describe("read-only connections", () => {
  it("never applies, relays or stores a member's text change, but shows their presence", async () => {
    const { db } = server.deps.database;
    const chair = open(cookies.chair);
    const member = open(cookies.member);
    await Promise.all([synced(chair), synced(member)]);
    const rowsBefore = (await db.select().from(documentUpdates).where(eq(documentUpdates.documentId, scenario.documentId))).length;

    docEdits.typeInItem(member.doc, 0, "Medlemmet forsøger at skrive.");
    member.provider.awareness.setLocalStateField("user", { name: "Ulla Medlem Ravn" });
    docEdits.typeInItem(chair.doc, 0, "Formanden skriver bagefter.");

    await waitFor(() => expect(docEdits.text(member.doc)).toContain("Formanden skriver bagefter."));
    await waitFor(() => {
      const names = [...chair.provider.awareness.getStates().values()].map((s) => s.user?.name);
      expect(names).toContain("Ulla Medlem Ravn");
    });
    expect(docEdits.text(chair.doc)).not.toContain("Medlemmet forsøger at skrive.");

    const late = open(cookies.secretary);
    await synced(late);
    expect(docEdits.text(late.doc)).toContain("Formanden skriver bagefter.");
    expect(docEdits.text(late.doc)).not.toContain("Medlemmet forsøger at skrive.");

    const rows = await db.select().from(documentUpdates).where(eq(documentUpdates.documentId, scenario.documentId));
    expect(rows.length).toBeGreaterThan(rowsBefore);
    const stored = new Y.Doc();
    const { DocumentStore } = await import("../../server/sync/documentStore.js");
    const loaded = await new DocumentStore(db).load(scenario.documentId);
    loaded.updates.forEach((u) => Y.applyUpdate(stored, u));
    expect(docEdits.text(stored)).toContain("Formanden skriver bagefter.");
    expect(docEdits.text(stored)).not.toContain("Medlemmet forsøger at skrive.");
  });
});

describe("extraction", () => {
  it("turns a decision typed through a client into a row the API lists", async () => {
    const secretary = open(cookies.secretary);
    await synced(secretary);
    const id = docEdits.addDecision(secretary.doc, 0, "Dagsordenen blev godkendt.");
    const decisions = await waitFor(async () => {
      const res = await server.request(`/api/meetings/${scenario.meetingId}/decisions`, { cookie: cookies.member });
      const body = await res.json();
      expect(body.decisions.map((d: { id: string }) => d.id)).toContain(id);
      return body.decisions;
    });
    expect(decisions.find((d: { id: string }) => d.id === id)).toMatchObject({
      text: "Dagsordenen blev godkendt.",
      agendaItem: { number: "1", title: "Godkendelse af dagsorden" },
    });
  });
});
