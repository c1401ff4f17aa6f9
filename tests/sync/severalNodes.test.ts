import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openDatabase, type Database } from "../../db/client.js";
import { clusterAdmins, decisions, meetingEvents, meetings } from "../../db/schema/index.js";
import { addMember, createMeetingScenario, createTestMeeting, createUser, TEST_PASSWORD } from "../helpers/factories.js";
import { awarenessFrame, sendRaw } from "../helpers/awarenessFrame.js";
import { createTestDatabaseUrl } from "../helpers/database.js";
import { docEdits } from "../helpers/docEdits.js";
import { startLoadBalancer, type LoadBalancer } from "../helpers/loadBalancer.js";
import { freePort } from "../helpers/postgresServer.js";
import { seededRandom } from "../helpers/seededRandom.js";
import { spawnServer, type ServerProcess } from "../helpers/serverProcess.js";
import { startSmtpReceiver } from "../helpers/smtpReceiver.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { waitFor } from "../helpers/waitFor.js";

let databaseUrl: string;
let database: Database;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let balancer: LoadBalancer;
const ports: number[] = [];
const nodes: (ServerProcess | undefined)[] = [];
const clients: SyncClient[] = [];

const nodeEnv = () => ({ DATABASE_URL: databaseUrl, SMTP_URL: smtp.url, MAIL_POLL_MS: "100", APPROVAL_CHECK_MS: "1000" });
const startNode = async (i: number) => (nodes[i] = await spawnServer(nodeEnv(), ports[i]));

async function loginAt(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: TEST_PASSWORD }) });
  return /session=[^;]+/.exec(res.headers.get("set-cookie") ?? "")![0];
}
const connect = (url: string, cookie: string, options = {}) => {
  const client = connectClient(url, scenario.documentId, cookie, url, options);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  databaseUrl = await createTestDatabaseUrl();
  database = await openDatabase({ url: databaseUrl, dataDir: "" });
  scenario = await createMeetingScenario(database.db);
  await database.db.insert(clusterAdmins).values({ clusterId: scenario.forum.clusterId!, userId: scenario.secretary.id });
  smtp = await startSmtpReceiver();
  ports.push(await freePort(), await freePort(), await freePort());
  // Three nodes start together on one database: the migrations and the approval job must not trip over each other.
  await Promise.all([0, 1, 2].map(startNode));
  balancer = await startLoadBalancer(() => ports.filter((_, i) => nodes[i]?.child.exitCode === null));
}, 90_000);
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await balancer?.close();
  for (const node of nodes) {
    node?.child.kill("SIGKILL");
    await node?.exited;
  }
  await smtp?.close();
  await database?.close();
});

describe("three server processes on one PostgreSQL", () => {
  it("keep clients on different nodes in sync, with each other's presence", async () => {
    const cookie = await loginAt(nodes[0]!.url, scenario.secretary.email);
    const [a, b, c] = [0, 1, 2].map((i) => connect(nodes[i]!.url, cookie));
    await Promise.all([a, b, c].map((x) => synced(x)));
    docEdits.typeInItem(a.doc, 0, " Fra node 1.");
    docEdits.typeInItem(b.doc, 0, " Fra node 2.");
    docEdits.typeInItem(c.doc, 0, " Fra node 3.");
    await waitFor(() => {
      for (const x of [a, b, c]) for (const n of [1, 2, 3]) expect(docEdits.text(x.doc)).toContain(`Fra node ${n}.`);
    });
    a.provider.awareness.setLocalStateField("cursor", "punkt-1");
    await waitFor(() => {
      for (const x of [b, c]) expect(x.provider.awareness.getStates().get(a.doc.clientID)?.cursor).toBe("punkt-1");
    });
    // A client joining a node later sees the others' presence at once, not at their next renewal.
    const late = connect(nodes[2]!.url, cookie);
    await synced(late);
    await waitFor(() => expect(late.provider.awareness.getStates().get(a.doc.clientID)?.cursor).toBe("punkt-1"));
  });

  it("refuse a forged awareness claim made on another node, and keep the editor's presence", async () => {
    const editor = connect(nodes[0]!.url, await loginAt(nodes[0]!.url, scenario.secretary.email));
    await synced(editor);
    editor.provider.awareness.setLocalStateField("cursor", "punkt-2");
    const forger = connect(nodes[1]!.url, await loginAt(nodes[1]!.url, scenario.member.email));
    const watcher = connect(nodes[1]!.url, await loginAt(nodes[1]!.url, scenario.chair.email));
    await Promise.all([synced(forger), synced(watcher)]);
    await waitFor(() => expect(forger.provider.awareness.getStates().get(editor.doc.clientID)?.cursor).toBe("punkt-2"));
    const closed = new Promise<number>((resolve) => forger.provider.once("connection-close", (event: CloseEvent | null) => resolve(event?.code ?? 0)));
    sendRaw(forger, awarenessFrame([{ clientId: editor.doc.clientID, clock: 1000, state: { cursor: "falsk" } }]));
    expect(await closed).toBe(4403);
    editor.provider.awareness.setLocalStateField("cursor", "punkt-3");
    await waitFor(() => expect(watcher.provider.awareness.getStates().get(editor.doc.clientID)?.cursor).toBe("punkt-3"));
    expect(watcher.provider.awareness.getStates().get(editor.doc.clientID)?.user?.name).toBe(scenario.secretary.name);
  });

  it("extract a decision typed on one node, approve minutes once and send a mail once", async () => {
    const cookie = await loginAt(nodes[1]!.url, scenario.secretary.email);
    const writer = connect(nodes[1]!.url, cookie);
    connect(nodes[0]!.url, cookie);
    await synced(writer);
    const id = docEdits.addDecision(writer.doc, 0, "Besluttet på node 2.");
    await waitFor(async () => expect(await database.db.select({ text: decisions.text }).from(decisions).where(eq(decisions.id, id))).toEqual([{ text: "Besluttet på node 2." }]));

    // Minutes whose comment period ended: every node's approval job sees them at once.
    const { meetingId } = await createTestMeeting(database.db, scenario.forum.id);
    await database.db.update(meetings).set({ status: "referat_udsendt", commentPeriodEndsOn: "2020-01-06", minutesSentAt: new Date("2020-01-01") }).where(eq(meetings.id, meetingId));
    await waitFor(async () => expect((await database.db.select().from(meetings).where(eq(meetings.id, meetingId)))[0].status).toBe("godkendt"), { timeout: 15_000 });
    expect(await database.db.select().from(meetingEvents).where(and(eq(meetingEvents.meetingId, meetingId), eq(meetingEvents.kind, "godkendt")))).toHaveLength(1);

    const invite = async (email: string) =>
      fetch(`${nodes[2]!.url}/api/admin/forums/${scenario.forum.id}/members`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie, origin: nodes[2]!.url },
        body: JSON.stringify({ email, name: "Ny Deltager", role: "member" }),
      });
    expect((await invite("en-gang@test.invalid")).status).toBe(202);
    // A later mail arriving means every node has had its turns at the earlier one.
    await waitFor(() => expect(smtp.received.some((m) => m.to.includes("en-gang@test.invalid"))).toBe(true));
    expect((await invite("senere@test.invalid")).status).toBe(202);
    await waitFor(() => expect(smtp.received.some((m) => m.to.includes("senere@test.invalid"))).toBe(true));
    expect(smtp.received.filter((m) => m.to.includes("en-gang@test.invalid"))).toHaveLength(1);
  });

  it("close a member's sockets on every node when their rights change", async () => {
    const user = await createUser(database.db, { name: "Mette Flyttet Holm" });
    await addMember(database.db, scenario.forum.id, user.id, "secretariat");
    const cookie = await loginAt(nodes[0]!.url, user.email);
    const onOthers = [connect(nodes[1]!.url, cookie), connect(nodes[2]!.url, cookie)];
    await Promise.all(onOthers.map((x) => synced(x)));
    const closed = onOthers.map((x) => new Promise<number>((resolve) => x.provider.once("connection-close", (event: CloseEvent | null) => resolve(event?.code ?? 0))));
    const admin = await loginAt(nodes[0]!.url, scenario.secretary.email);
    const res = await fetch(`${nodes[0]!.url}/api/admin/forums/${scenario.forum.id}/members/${user.id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", cookie: admin, origin: nodes[0]!.url },
      body: JSON.stringify({ role: "observer" }),
    });
    expect(res.status).toBe(200);
    expect(await Promise.all(closed)).toEqual([4503, 4503]);
  });

  it("lose nothing a client saw when one node is killed with -9, twenty rounds, clients coming back through the load balancer", async () => {
    const cookie = await loginAt(balancer.url, scenario.secretary.email);
    const rnd = seededRandom(7);
    const CLIENTS = 10;
    const linesOf = (doc: Y.Doc, w: number) => doc.getArray<string>(`node-client-${w}`).toArray();
    for (let round = 0; round < 20; round++) {
      const victim = round % 3;
      const roundClients = Array.from({ length: CLIENTS }, () => connect(balancer.url, cookie, { acks: true }));
      await Promise.all(roundClients.map((x) => synced(x)));
      let typing = true;
      const typed = roundClients.map(async (x, w) => {
        for (let i = 0; typing; i++) {
          x.doc.getArray<string>(`node-client-${w}`).push([`r${round}-c${w}-${i}`]);
          await new Promise((r) => setTimeout(r, 2 + rnd.int(8)));
        }
      });
      await new Promise((r) => setTimeout(r, 50 + rnd.int(200)));
      nodes[victim]!.child.kill("SIGKILL");
      await nodes[victim]!.exited;
      // The killed node comes back while the survivors take its clients, as a supervisor would restart it.
      const restarted = startNode(victim);
      typing = false;
      await Promise.all(typed);
      const seen = new Set<string>();
      roundClients.forEach((x, reader) => {
        for (let w = 0; w < CLIENTS; w++) if (w !== reader) linesOf(x.doc, w).forEach((l) => seen.add(l));
      });
      // The clients of the killed node reconnect to the survivors and send what they hold.
      await waitFor(() => expect(roundClients.every((x) => x.provider.wsconnected && x.provider.synced && x.stored())).toBe(true), { timeout: 20_000 });
      const reader = connect(balancer.url, cookie);
      await synced(reader);
      const stored = new Set(Array.from({ length: CLIENTS }, (_, w) => linesOf(reader.doc, w)).flat());
      expect([...seen].filter((l) => !stored.has(l)), `round ${round}`).toEqual([]);
      [...roundClients, reader].forEach((x) => x.destroy());
      clients.splice(0);
      await restarted;
    }
  }, 300_000);
});
