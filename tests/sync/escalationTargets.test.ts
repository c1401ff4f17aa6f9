import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escalations } from "../../db/schema/index.js";
import { build } from "../../shared/editor/build.js";
import { docEdits } from "../helpers/docEdits.js";
import { addForum, addMember, createForum, createMeetingScenario, createUser, holdMeeting, reportTo, testRegion } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

type Forum = { id: string; name: string };
type Listed = { id: string; direction: string | null; state: string; target: { kind: string; forumId: string | null; forumName: string | null; external: string | null } };

let server: TestServer;
let chef: Awaited<ReturnType<typeof createMeetingScenario>>;
let editor: SyncClient;
// The forums of the region and a secretariat cookie for each.
const forums: Record<"direktoer" | "psyk" | "koordinering" | "chefNord", Forum> = {} as never;
const cookies: Record<keyof typeof forums | "chef", string> = {} as never;
// The escalation block ids, by what their target is.
const ids: Record<"valid" | "faked" | "otherCluster" | "randomId" | "notAnId" | "itself" | "external", string> = {} as never;

const inbox = async (forum: keyof typeof cookies, forumId: string): Promise<Listed[]> => {
  const res = await server.request(`/api/forums/${forumId}/inbox`, { cookie: cookies[forum] });
  expect(res.status).toBe(200);
  return (await res.json()).escalations;
};
const inboxIds = async (forum: keyof typeof forums) => (await inbox(forum, forums[forum].id)).map((e) => e.id);

async function seatSecretary(forum: keyof typeof cookies, forumId: string) {
  const { db } = server.deps.database;
  const person = await createUser(db, { name: `Sekretær ${forum}` });
  await addMember(db, forumId, person.id, "secretariat");
  cookies[forum] = await login(server, person.email);
}

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.deps.database;
  const regionId = await testRegion(db);
  // Cluster Midt: Direktørforum above Chefforum, Driftsforum below; Koordineringsgruppen links it with cluster Nord.
  chef = await createMeetingScenario(db, build.doc(build.agendaItem("Udskrivning", build.paragraph())));
  forums.koordinering = await addForum(db, { regionId, clusterId: null }, "Koordineringsgruppen", "regionalt_udvalg");
  forums.direktoer = await addForum(db, chef.forum, "Direktørforum Midt", "direktoerforum", [forums.koordinering.id]);
  await reportTo(db, chef.forum.id, [forums.direktoer.id]);
  forums.psyk = await addForum(db, chef.forum, "Driftsforum Voksenpsykiatri", "driftsforum", [chef.forum.id]);
  const nord = await createForum(db, "Chefforum Nord", regionId);
  await reportTo(db, nord.id, [forums.koordinering.id]);
  forums.chefNord = nord;
  for (const forum of Object.keys(forums) as (keyof typeof forums)[]) await seatSecretary(forum, forums[forum].id);
  cookies.chef = await login(server, chef.secretary.email);
  // Held: what the minutes escalate has been sent, so a valid target shows in its inbox.
  await holdMeeting(db, chef.meetingId);

  editor = connectClient(server.url, chef.documentId, cookies.chef);
  await synced(editor);
  const write = (text: string, attrs: Record<string, string>) => docEdits.addBlock(editor.doc, 0, "escalation", text, attrs);
  ids.valid = write("Fælles udskrivningsstandard", { targetForumId: forums.direktoer.id, targetForumName: "Direktørforum Midt", direction: "op" });
  ids.faked = write("Kvalificér forslaget", { targetForumId: forums.psyk.id, targetForumName: "Direktørforum", direction: "op" });
  ids.otherCluster = write("Ventetider i Nord", { targetForumId: nord.id, targetForumName: "Chefforum Nord", direction: "side" });
  ids.randomId = write("Til et forum, der ikke findes", { targetForumId: randomUUID(), targetForumName: "Chefforum", direction: "op" });
  ids.notAnId = write("Til noget, der ikke er et id", { targetForumId: "'; drop table forums; --", targetForumName: "Strategisk Sundhedsforum", direction: "op" });
  ids.itself = write("Til forummet selv", { targetForumId: chef.forum.id, targetForumName: chef.forum.name, direction: "side" });
  ids.external = write("Sundhedsstyrelsen spørges om vejledningen", { targetExternal: "   Sundhedsstyrelsen,\n  enhed for forebyggelse  " });

  // Extraction has settled once every block is stored.
  await waitFor(async () => {
    const rows = await db.select().from(escalations).where(and(eq(escalations.documentId, chef.documentId), isNull(escalations.removedAt)));
    expect(rows.map((r) => r.id).sort()).toEqual(Object.values(ids).sort());
  });
});
afterAll(async () => {
  editor?.destroy();
  await server?.close();
});

const stored = async (id: string) => {
  const [row] = await server.deps.database.db.select().from(escalations).where(and(eq(escalations.documentId, chef.documentId), eq(escalations.id, id)));
  return row;
};

describe("escalation targets written by a stock sync client", () => {
  it("puts a valid target in its forum's inbox with the forum's real name and the ladder's direction", async () => {
    const [valid] = await inbox("direktoer", forums.direktoer.id);
    expect(valid).toMatchObject({ id: ids.valid, direction: "op", state: "ny", target: { kind: "forum", forumId: forums.direktoer.id, forumName: "Direktørforum Midt" } });
    expect(await inboxIds("direktoer")).toEqual([ids.valid]);

    // Written as "Direktørforum", going "op": really Driftsforum Voksenpsykiatri, below Chefforum.
    expect(await inbox("psyk", forums.psyk.id)).toEqual([
      expect.objectContaining({ id: ids.faked, direction: "ned", target: expect.objectContaining({ kind: "forum", forumName: "Driftsforum Voksenpsykiatri" }) }),
    ]);
    expect(await stored(ids.faked)).toMatchObject({ targetKind: "forum", targetForumId: forums.psyk.id, targetForumName: "Driftsforum Voksenpsykiatri", direction: "ned" });
  });

  it("puts no target off the ladder in any inbox: another cluster's forum, a random id, a non-id, the forum itself", async () => {
    const invalid = [ids.otherCluster, ids.randomId, ids.notAnId, ids.itself];
    for (const id of invalid) {
      expect(await stored(id), id).toMatchObject({ targetKind: "invalid", targetForumId: null, targetForumName: null, direction: null, targetExternal: null });
    }
    expect(await inboxIds("chefNord")).toEqual([]);
    expect(await inboxIds("koordinering")).toEqual([]);
    expect(await inbox("chef", chef.forum.id)).toEqual([]);
    // The other cluster's secretariat is not even told the escalation exists.
    const reject = await server.request(`/api/escalations/${chef.documentId}/${ids.otherCluster}/reject`, { method: "POST", json: { reason: "Ikke vores" }, cookie: cookies.chefNord });
    expect(reject.status).toBe(404);
  });

  it("keeps a recipient outside Mødebord as external text, tracked in the sending forum's list only", async () => {
    expect(await stored(ids.external)).toMatchObject({ targetKind: "external", targetExternal: "Sundhedsstyrelsen, enhed for forebyggelse", targetForumId: null, direction: null });
    const res = await server.request(`/api/forums/${chef.forum.id}/escalations`, { cookie: cookies.chef });
    const sent: Listed[] = (await res.json()).escalations;
    expect(sent.find((e) => e.id === ids.external)).toMatchObject({ state: "ny", target: { kind: "external", external: "Sundhedsstyrelsen, enhed for forebyggelse", forumId: null } });
    expect(sent.find((e) => e.id === ids.otherCluster)).toMatchObject({ target: { kind: "invalid", forumId: null, forumName: null } });
    // The sending forum closes it with the answer it got.
    const closed = await server.request(`/api/escalations/${chef.documentId}/${ids.external}/close`, { method: "POST", json: { outcome: "Vejledningen kommer i 2031." }, cookie: cookies.chef });
    expect(closed.status).toBe(200);
    expect(await stored(ids.external)).toMatchObject({ state: "afsluttet", stateReason: "Vejledningen kommer i 2031." });
  });

  it("forwards only along the ladder of the forum holding it", async () => {
    const key = `/api/escalations/${chef.documentId}/${ids.faked}`;
    const across = await server.request(`${key}/forward`, { method: "POST", json: { forumId: forums.chefNord.id }, cookie: cookies.psyk });
    expect(across.status).toBe(400);
    expect((await across.json()).error.code).toBe("outside_ladder");
    expect(await inboxIds("chefNord")).toEqual([]);

    const up = await server.request(`${key}/forward`, { method: "POST", json: { forumId: forums.direktoer.id }, cookie: cookies.psyk });
    expect(up.status).toBe(200);
    expect(await inbox("direktoer", forums.direktoer.id)).toContainEqual(expect.objectContaining({ id: ids.faked, target: expect.objectContaining({ forumName: "Direktørforum Midt", forwarded: true }) }));
  });

  it("sends an invalid block once it is given a target on the ladder", async () => {
    editor.doc.transact(() => {
      const block = docEdits.block(editor.doc, ids.randomId);
      block.setAttribute("targetForumId", forums.koordinering.id);
      block.setAttribute("targetForumName", "Koordineringsgruppen");
      block.setAttribute("direction", "ned");
    });
    const arrived = await waitFor(async () => {
      const found = (await inbox("koordinering", forums.koordinering.id)).find((e) => e.id === ids.randomId);
      expect(found).toBeDefined();
      return found!;
    });
    // Chefforum reaches Koordineringsgruppen through Direktørforum Midt: up, whatever the block says.
    expect(arrived).toMatchObject({ direction: "op", target: { kind: "forum", forumName: "Koordineringsgruppen" } });
  });
});
