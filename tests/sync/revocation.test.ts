import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { clusterAdmins } from "../../db/schema/index.js";
import { createMeetingScenario, createUser, addMember } from "../helpers/factories.js";
import { docEdits } from "../helpers/docEdits.js";
import { login } from "../helpers/session.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let admin: string;
const clients: SyncClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.deps.database;
  scenario = await createMeetingScenario(db);
  const clusterAdmin = await createUser(db, { name: "Karen Admin Lund" });
  await db.insert(clusterAdmins).values({ clusterId: scenario.forum.clusterId!, userId: clusterAdmin.id });
  admin = await login(server, clusterAdmin.email);
});
afterEach(() => {
  clients.splice(0).forEach((c) => c.destroy());
});
afterAll(() => server.close());

function connect(cookie: string): SyncClient {
  const client = connectClient(server.url, scenario.documentId, cookie);
  clients.push(client);
  return client;
}

function nextClose(client: SyncClient): Promise<number> {
  return new Promise((resolve) => client.provider.once("connection-close", (event: CloseEvent | null) => resolve(event?.code ?? 0)));
}

/** A new secretary of the scenario's forum, signed in, with an editor open on the meeting. */
async function seatedEditor(name: string): Promise<{ userId: string; cookie: string; editor: SyncClient }> {
  const { db } = server.deps.database;
  const user = await createUser(db, { name });
  await addMember(db, scenario.forum.id, user.id, "secretariat");
  const cookie = await login(server, user.email);
  const editor = connect(cookie);
  await synced(editor);
  return { userId: user.id, cookie, editor };
}

const members = (userId: string) => `/api/admin/forums/${scenario.forum.id}/members/${userId}`;

describe("rights taken away while a document is open", () => {
  it("a secretary made observer is reconnected at once and can no longer change the document", async () => {
    const { userId, editor } = await seatedEditor("Mette Omrokeret Friis");
    const closed = nextClose(editor);
    expect((await server.request(members(userId), { method: "PATCH", json: { role: "observer" }, cookie: admin })).status).toBe(200);
    expect(await closed).toBe(4503);

    await waitFor(() => expect(editor.provider.wsconnected).toBe(true));
    await synced(editor);
    docEdits.typeInItem(editor.doc, 0, "Skrevet som observatør");
    // Frames are handled in order: once the marker is relayed, the edit before it has been handled.
    const watcher = connect(await login(server, scenario.chair.email));
    await synced(watcher);
    editor.provider.awareness.setLocalStateField("marker", "efter-redigering");
    await waitFor(() => expect(watcher.provider.awareness.getStates().get(editor.doc.clientID)?.marker).toBe("efter-redigering"));
    expect(docEdits.text(watcher.doc)).not.toContain("Skrevet som observatør");
  });

  it("someone removed from the forum is disconnected and let back in no more", async () => {
    const { userId, cookie, editor } = await seatedEditor("Jens Udmeldt Vang");
    const closed = nextClose(editor);
    expect((await server.request(members(userId), { method: "DELETE", cookie: admin })).status).toBe(200);
    expect(await closed).toBe(4503);
    editor.destroy();

    const refused = connect(cookie);
    const error = new Promise<void>((resolve) => refused.provider.once("connection-error", () => resolve()));
    await error;
    expect(refused.provider.synced).toBe(false);
  });

  it("logging out closes that session's connections for good and leaves the person's other sessions open", async () => {
    const chairEmail = scenario.chair.email;
    const [laptop, tablet] = [await login(server, chairEmail), await login(server, chairEmail)];
    const onLaptop = connect(laptop);
    const onTablet = connect(tablet);
    await Promise.all([synced(onLaptop), synced(onTablet)]);
    const closed = nextClose(onLaptop);
    expect((await server.request("/api/auth/logout", { method: "POST", cookie: laptop })).status).toBe(200);
    expect(await closed).toBe(4401);

    // The still open session keeps syncing: an edit there reaches a fresh reader.
    docEdits.typeInItem(onTablet.doc, 0, "Fra tabletten");
    const reader = connect(tablet);
    await waitFor(() => expect(docEdits.text(reader.doc)).toContain("Fra tabletten"));
    expect(onLaptop.provider.wsconnected).toBe(false);
  });
});
