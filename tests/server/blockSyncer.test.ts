import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decisions } from "../../db/schema/index.js";
import { syncBlocks } from "../../server/commands/blockSyncer.js";
import { extractBlocks } from "../../shared/blocks/extractBlocks.js";
import { build } from "../../shared/editor/build.js";
import { createTestDatabase } from "../helpers/database.js";
import { createMeetingScenario } from "../helpers/factories.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("syncBlocks", () => {
  it("is idempotent: the same extraction twice writes nothing, a changed block writes only its row", async () => {
    const { db } = database;
    const one = build.decision("Uændret");
    const two = build.decision("Før");
    const content = build.doc(build.agendaItem("A", one, two));
    const { documentId } = await createMeetingScenario(db, content);
    await syncBlocks(db, documentId, extractBlocks(content));
    const first = await db.select().from(decisions).where(eq(decisions.documentId, documentId));

    await syncBlocks(db, documentId, extractBlocks(content));
    const again = await db.select().from(decisions).where(eq(decisions.documentId, documentId));
    expect(again).toEqual(first);

    const edited = build.doc({ ...content.content![0], content: [content.content![0].content![0], one, { ...two, content: [{ type: "text", text: "Efter" }] }] });
    await syncBlocks(db, documentId, extractBlocks(edited));
    const after = await db.select().from(decisions).where(eq(decisions.documentId, documentId));
    const byId = (rows: typeof after, id: unknown) => rows.find((r) => r.id === id)!;
    expect(byId(after, one.attrs!.id)).toEqual(byId(first, one.attrs!.id));
    expect(byId(after, two.attrs!.id).text).toBe("Efter");
    expect(byId(after, two.attrs!.id).updatedAt.getTime()).toBeGreaterThan(byId(first, two.attrs!.id).updatedAt.getTime());
  });
});
