import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escalations } from "../../db/schema/index.js";
import { recheckStoredTargets } from "../../server/commands/escalationTargets.js";
import { createTestDatabase } from "../helpers/database.js";
import { addForum, createForum, createMeetingScenario } from "../helpers/factories.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("recheckStoredTargets", () => {
  it("marks stored forum targets off the ladder invalid and gives valid ones the ladder's name and direction", async () => {
    const { db } = database;
    const chef = await createMeetingScenario(db);
    const drift = await addForum(db, chef.forum, "Driftsforum Somatik", "driftsforum", [chef.forum.id]);
    const elsewhere = await createForum(db, "Chefforum i en anden klynge");
    // As migration 0016 left rows written before targets were checked: every forum id taken as a forum.
    const row = (id: string, targetForumId: string, targetForumName: string, direction: string) => ({
      documentId: chef.documentId,
      meetingId: chef.meetingId,
      id,
      text: id,
      position: 0,
      targetKind: "forum",
      targetForumId,
      targetForumName,
      direction,
    });
    await db.insert(escalations).values([row("across", elsewhere.id, "Direktørforum", "op"), row("garbage", "ikke et id", "Direktørforum", "op"), row("down", drift.id, "Direktørforum", "op")]);

    expect(await recheckStoredTargets(db)).toBe(3);
    const stored = async (id: string) => (await db.select().from(escalations).where(and(eq(escalations.documentId, chef.documentId), eq(escalations.id, id))))[0];
    for (const id of ["across", "garbage"]) expect(await stored(id), id).toMatchObject({ targetKind: "invalid", targetForumId: null, targetForumName: null, direction: null });
    expect(await stored("down")).toMatchObject({ targetKind: "forum", targetForumId: drift.id, targetForumName: "Driftsforum Somatik", direction: "ned" });
    expect(await recheckStoredTargets(db)).toBe(0);
  });
});
