import { eq } from "drizzle-orm";
import type { WebSocket } from "ws";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sessions } from "../../db/schema/index.js";
import { sessionIdFromToken } from "../../server/auth/session.js";
import { userColor } from "../../shared/editor/userColor.js";
import { CloseCode } from "../../shared/protocol/closeCodes.js";
import { addMember, createMeetingScenario, createUser } from "../helpers/factories.js";
import { docEdits } from "../helpers/docEdits.js";
import { login } from "../helpers/session.js";
import { awarenessFrame, sendRaw } from "../helpers/awarenessFrame.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let secretary: string;
let member: string;
let chair: string;
const clients: SyncClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ SYNC_SESSION_CHECK_MS: "100" });
  scenario = await createMeetingScenario(server.deps.database.db);
  [secretary, member, chair] = await Promise.all([scenario.secretary, scenario.member, scenario.chair].map((u) => login(server, u.email)));
});
afterEach(() => {
  clients.splice(0).forEach((c) => c.destroy());
});
afterAll(() => server.close());

async function connect(cookie: string): Promise<SyncClient> {
  const client = connectClient(server.url, scenario.documentId, cookie);
  clients.push(client);
  await synced(client);
  return client;
}

function nextClose(client: SyncClient): Promise<number> {
  return new Promise((resolve) => client.provider.once("connection-close", (event: CloseEvent | null) => resolve(event?.code ?? 0)));
}

/** Drops the client's socket as a lost network would, without the goodbye a clean disconnect sends. */
function dropConnection(client: SyncClient, { reconnect }: { reconnect: boolean }): void {
  client.provider.shouldConnect = reconnect;
  (client.provider.ws as unknown as WebSocket).terminate();
}

const userOf = (watcher: SyncClient, clientId: number) => watcher.provider.awareness.getStates().get(clientId)?.user as { name?: string; color?: string } | undefined;

describe("awareness ids cannot be taken over", () => {
  it("a member claiming a dropped editor's id is closed; the editor reconnects with its id and works", async () => {
    const editor = await connect(secretary);
    const watcher = await connect(chair);
    const editorId = editor.doc.clientID;
    editor.provider.awareness.setLocalStateField("user", { name: "Jonas" });
    await waitFor(() => expect(userOf(watcher, editorId)).toBeDefined());

    dropConnection(editor, { reconnect: false });
    await waitFor(() => expect(watcher.provider.awareness.getStates().has(editorId)).toBe(false));

    const forger = await connect(member);
    const forgerClosed = nextClose(forger);
    sendRaw(forger, awarenessFrame([{ clientId: editorId, clock: 1000, state: { user: { name: "Jonas Sekretær Dal" } } }]));
    expect(await forgerClosed).toBe(CloseCode.AwarenessForbidden);
    expect(forger.provider.shouldConnect).toBe(false);

    // The reconnect path of the stock client and of our editor (reconnectWithNetwork): the same doc, the same clientID.
    editor.provider.connect();
    await synced(editor);
    await waitFor(() => expect(userOf(watcher, editorId)?.name).toBe(scenario.secretary.name));
    docEdits.typeInItem(editor.doc, 0, "Stadig redaktør");
    await waitFor(() => expect(docEdits.text(watcher.doc)).toContain("Stadig redaktør"));
    editor.provider.awareness.setLocalStateField("marker", "efter-genforbindelse");
    await waitFor(() => expect(watcher.provider.awareness.getStates().get(editorId)?.marker).toBe("efter-genforbindelse"));
    expect(editor.provider.wsconnected).toBe(true);
  });

  it("a client that reconnects on its own after a dropped socket keeps its id and shows again at once", async () => {
    const editor = await connect(secretary);
    const watcher = await connect(chair);
    editor.provider.awareness.setLocalStateField("marker", "før");
    await waitFor(() => expect(watcher.provider.awareness.getStates().get(editor.doc.clientID)?.marker).toBe("før"));

    const reconnected = new Promise<void>((resolve) => editor.provider.once("sync", () => resolve()));
    dropConnection(editor, { reconnect: true });
    await reconnected;
    // Shown again without waiting for the client's next keep-alive (15 s): its clock was moved past the removal.
    await waitFor(() => expect(userOf(watcher, editor.doc.clientID)?.name).toBe(scenario.secretary.name), { timeout: 3000 });
  });

  it("another session of the same person may not take a connected id either", async () => {
    const editor = await connect(secretary);
    const watcher = await connect(chair);
    editor.provider.awareness.setLocalStateField("marker", "ægte");
    await waitFor(() => expect(userOf(watcher, editor.doc.clientID)).toBeDefined());
    const other = await connect(await login(server, scenario.secretary.email));
    const closed = nextClose(other);
    sendRaw(other, awarenessFrame([{ clientId: editor.doc.clientID, clock: 1000, state: { marker: "falsk" } }]));
    expect(await closed).toBe(CloseCode.AwarenessForbidden);
    expect(watcher.provider.awareness.getStates().get(editor.doc.clientID)?.marker).toBe("ægte");
  });
});

describe("awareness cannot be flooded", () => {
  it("a frame with 2,000 entries closes the sender and nobody sees them", async () => {
    const watcher = await connect(chair);
    const flooder = await connect(member);
    // A fresh client's first state has clock 0, which peers ignore; its first field change is what they see.
    flooder.provider.awareness.setLocalStateField("marker", "før");
    await waitFor(() => expect(watcher.provider.awareness.getStates().size).toBe(2));
    const entries = Array.from({ length: 2000 }, (_, i) => ({ clientId: 900_000 + i, clock: 1, state: { user: { name: "Birthe Chair Holm" } } }));
    const closed = nextClose(flooder);
    sendRaw(flooder, awarenessFrame(entries));
    expect(await closed).toBe(CloseCode.AwarenessLimit);
    expect(flooder.provider.shouldConnect).toBe(false);

    // Frames are handled in order: once a later client's state arrives, the flood would have been applied before it.
    const late = await connect(secretary);
    late.provider.awareness.setLocalStateField("marker", "senere");
    await waitFor(() => expect(userOf(watcher, late.doc.clientID)).toBeDefined());
    expect([...watcher.provider.awareness.getStates().keys()].sort()).toEqual([watcher.doc.clientID, late.doc.clientID].sort());
  });
});

describe("identity in awareness is the server's", () => {
  it("the user field is overwritten with the session's name and colour", async () => {
    const watcher = await connect(chair);
    const impostor = await connect(member);
    impostor.provider.awareness.setLocalStateField("user", { name: "Birthe Chair Holm", color: "#000000" });
    await waitFor(() => expect(userOf(watcher, impostor.doc.clientID)).toEqual({ name: scenario.member.name, color: userColor(scenario.member.id) }));
  });
});

describe("sessions that end while a socket is open", () => {
  async function seatedReader(name: string) {
    const { db } = server.deps.database;
    const user = await createUser(db, { name });
    await addMember(db, scenario.forum.id, user.id, "member");
    const cookie = await login(server, user.email);
    return { cookie, sessionId: sessionIdFromToken(cookie.replace(/^session=/, "")), client: await connect(cookie) };
  }

  it("an expired session closes the socket with 4401 and the stock client stays away", async () => {
    const bystander = await connect(chair);
    const { sessionId, client } = await seatedReader("Lise Udløbet Krag");
    const closedForGood = new Promise<number>((resolve) => client.provider.once("closed", (event: { code: number }) => resolve(event.code)));
    await server.deps.database.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.id, sessionId));
    expect(await closedForGood).toBe(CloseCode.Unauthorized);
    expect(client.provider.shouldConnect).toBe(false);
    expect(bystander.provider.wsconnected).toBe(true);
    // The other connection is still served: a round trip of its awareness goes through.
    bystander.provider.awareness.setLocalStateField("marker", "stadig-åben");
    const late = await connect(secretary);
    await waitFor(() => expect(late.provider.awareness.getStates().get(bystander.doc.clientID)?.marker).toBe("stadig-åben"));
    expect(client.provider.wsconnected).toBe(false);
  });

  it("a deleted (revoked) session closes the socket with 4401", async () => {
    const { sessionId, client } = await seatedReader("Per Tilbagekaldt Moe");
    const closed = nextClose(client);
    await server.deps.database.db.delete(sessions).where(eq(sessions.id, sessionId));
    expect(await closed).toBe(CloseCode.Unauthorized);
  });
});
