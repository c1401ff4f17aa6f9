import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clusterAdmins, minuteComments } from "../../db/schema/index.js";
import { authorize, type Action } from "../../server/auth/authorize.js";
import { can, type RoleAction } from "../../server/auth/roles.js";
import { createTestDatabase } from "../helpers/database.js";
import { addMember, createForum, createMeetingScenario, createUser, holdMeeting } from "../helpers/factories.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let people: Record<Asker, { id: string } | null>;

type Asker = "anonymous" | "outsider" | "observer" | "member" | "chair" | "secretary";
type Outcome = 401 | 403 | 404 | "allowed";
const ASKERS: Asker[] = ["anonymous", "outsider", "observer", "member", "chair", "secretary"];

// What each asker gets; a row lists them in the order of ASKERS.
const row = (...outcomes: Outcome[]) => Object.fromEntries(ASKERS.map((a, i) => [a, outcomes[i]])) as Record<Asker, Outcome>;

/** The outcome of an authorize call: "allowed", or the status it was refused with. */
async function outcome(promise: Promise<unknown>): Promise<Outcome> {
  try {
    await promise;
    return "allowed";
  } catch (error) {
    return (error as { status: Outcome }).status;
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  scenario = await createMeetingScenario(db);
  const observer = await createUser(db, { name: "Otto Observatør Lind" });
  await addMember(db, scenario.forum.id, observer.id, "observer");
  // Minutes in draft: the secretariat's step to send them is one the chair may not take.
  await holdMeeting(db, scenario.meetingId, "referat_kladde");
  people = { anonymous: null, outsider: scenario.outsider, observer, member: scenario.member, chair: scenario.chair, secretary: scenario.secretary };
});
afterAll(() => database.close());

describe("authorize: who may do what with a meeting", () => {
  const matrix: [Action, Record<Asker, Outcome>][] = [
    ["meeting.read", row(401, 404, "allowed", "allowed", "allowed", "allowed")],
    ["comment.write", row(401, 404, "allowed", "allowed", "allowed", "allowed")],
    ["meeting.edit", row(401, 404, 403, 403, "allowed", "allowed")],
    ["attachment.add", row(401, 404, 403, 403, "allowed", "allowed")],
    ["meeting.cancel", row(401, 404, 403, 403, "allowed", "allowed")],
    ["meeting.delete", row(401, 404, 403, 403, 403, "allowed")],
    ["minutes.reopen", row(401, 404, 403, 403, 403, "allowed")],
    ["minutes.approve", row(401, 404, 403, "allowed", "allowed", 403)],
  ];

  it.each(matrix)("%s", async (action, expected) => {
    const got: Record<string, Outcome> = {};
    for (const asker of ASKERS) {
      got[asker] = await outcome(authorize(database.db, people[asker], action, { meetingId: scenario.meetingId } as never));
    }
    expect(got).toEqual(expected);
  });

  it("agrees with can(), which presenters use, for every seated role", async () => {
    for (const [action] of matrix) {
      for (const asker of ["observer", "member", "chair", "secretary"] as const) {
        const { role } = await authorize(database.db, people[asker], "meeting.read", { meetingId: scenario.meetingId });
        const allowed = (await outcome(authorize(database.db, people[asker], action, { meetingId: scenario.meetingId } as never))) === "allowed";
        expect(allowed, `${asker} ${action}`).toBe(can(role, action as RoleAction));
      }
    }
  });

  it("refuses with the Danish message of the action and returns the user's seat when allowed", async () => {
    await expect(authorize(database.db, people.chair, "meeting.delete", { meetingId: scenario.meetingId })).rejects.toMatchObject({
      status: 403,
      code: "forbidden",
      message: "Kun sekretariatet kan slette møder.",
    });
    await expect(authorize(database.db, people.outsider, "meeting.read", { meetingId: scenario.meetingId })).rejects.toMatchObject({ code: "not_found", message: "Mødet findes ikke." });
    const access = await authorize(database.db, people.secretary, "meeting.delete", { meetingId: scenario.meetingId });
    expect(access).toMatchObject({ role: "secretariat", documentId: scenario.documentId, meeting: { id: scenario.meetingId } });
  });

  it("lets only the roles of the step table take a lifecycle step", async () => {
    const send = async (asker: Asker) => outcome(authorize(database.db, people[asker], "meeting.transition", { meetingId: scenario.meetingId, to: "referat_udsendt" }));
    const results = Object.fromEntries(await Promise.all(ASKERS.map(async (a) => [a, await send(a)])));
    expect(results).toEqual(row(401, 404, 403, 403, 403, "allowed"));
    await expect(authorize(database.db, people.chair, "meeting.transition", { meetingId: scenario.meetingId, to: "referat_udsendt" })).rejects.toMatchObject({
      message: "Din rolle i forummet må ikke tage dette skridt.",
    });
  });

  it("hides a document from outsiders and from malformed ids alike", async () => {
    await expect(authorize(database.db, people.outsider, "document.sync", { documentId: scenario.documentId })).rejects.toMatchObject({ status: 404, message: "Dokumentet findes ikke." });
    await expect(authorize(database.db, people.member, "document.sync", { documentId: "ikke-et-id" })).rejects.toMatchObject({ status: 404 });
    expect((await authorize(database.db, people.member, "document.sync", { documentId: scenario.documentId })).role).toBe("member");
  });

  it("names the comment when it does not exist, and lets only the secretariat resolve one", async () => {
    const { db } = database;
    const [comment] = await db.insert(minuteComments).values({ meetingId: scenario.meetingId, body: "Punkt 2 mangler.", authorId: scenario.member.id }).returning();
    await expect(authorize(db, people.secretary, "comment.resolve", { commentId: crypto.randomUUID() })).rejects.toMatchObject({ status: 404, message: "Bemærkningen findes ikke." });
    const results = Object.fromEntries(await Promise.all(ASKERS.map(async (a) => [a, await outcome(authorize(db, people[a], "comment.resolve", { commentId: comment.id }))])));
    expect(results).toEqual(row(401, 404, 403, 403, 403, "allowed"));
  });
});

describe("authorize: forums and their administration", () => {
  it("answers a forum's readers and editors", async () => {
    const forumId = scenario.forum.id;
    const read = Object.fromEntries(await Promise.all(ASKERS.map(async (a) => [a, await outcome(authorize(database.db, people[a], "forum.read", { forumId }))])));
    expect(read).toEqual(row(401, 404, "allowed", "allowed", "allowed", "allowed"));
    const write = Object.fromEntries(await Promise.all(ASKERS.map(async (a) => [a, await outcome(authorize(database.db, people[a], "agreement.write", { forumId }))])));
    expect(write).toEqual(row(401, 404, 403, 403, "allowed", "allowed"));
    expect(await authorize(database.db, people.member, "forum.read", { forumId })).toEqual({ role: "member", forumName: "Chefforum" });
  });

  it("lets only the cluster's administrators administer its forums, whatever their seat", async () => {
    const { db } = database;
    const admin = await createUser(db, { name: "Asta Admin Krog" });
    await db.insert(clusterAdmins).values({ clusterId: scenario.forum.clusterId!, userId: admin.id });
    const other = await createForum(db, "Direktørforum");
    const forumId = scenario.forum.id;

    expect(await authorize(db, admin, "forum.admin", { forumId })).toMatchObject({ id: forumId, clusterId: scenario.forum.clusterId });
    await expect(authorize(db, people.chair, "forum.admin", { forumId })).rejects.toMatchObject({ status: 403, message: "Kun klyngens administratorer kan gøre dette." });
    await expect(authorize(db, admin, "forum.admin", { forumId: other.id })).rejects.toMatchObject({ status: 403 });
    await expect(authorize(db, admin, "forum.admin", { forumId: crypto.randomUUID() })).rejects.toMatchObject({ status: 404, message: "Forummet findes ikke." });
    await expect(authorize(db, null, "cluster.admin", { clusterId: scenario.forum.clusterId! })).rejects.toMatchObject({ status: 401 });
    await expect(authorize(db, admin, "cluster.admin", { clusterId: other.clusterId! })).rejects.toMatchObject({ status: 403 });
  });
});
