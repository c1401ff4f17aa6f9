import { and, eq } from "drizzle-orm";
import postgresClient from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../db/client.js";
import { decisions, extractionMarks } from "../../db/schema/index.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { docEdits } from "../helpers/docEdits.js";
import { startPostgres, type PostgresServer } from "../helpers/postgresServer.js";
import { login } from "../helpers/session.js";
import { connectClient, synced } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

// A Postgres server of this file's own: the tests stop it under the running server.
let postgres: PostgresServer;
let database: Database;
let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let cookie: string;

beforeAll(async () => {
  postgres = await startPostgres();
  database = await openDatabase({ url: postgres.url, dataDir: "" });
  await database.migrate();
  scenario = await createMeetingScenario(database.db);
  // No periodic catch-up: what reaches the table after a failure is the worker's own retry (or the journal's replay).
  server = await startTestServer({ DATABASE_URL: postgres.url, EXTRACT_POLL_MS: "600000", EXTRACT_RETRY_MAX_MS: "2000", EXTRACT_TIMEOUT_MS: "300" });
  cookie = await login(server, scenario.secretary.email);
}, 60_000);
afterAll(async () => {
  await server?.close();
  await database?.close();
  postgres?.stop();
});

const decision = async (id: string) =>
  (await database.db.select({ text: decisions.text }).from(decisions).where(and(eq(decisions.documentId, scenario.documentId), eq(decisions.id, id))))[0];

const outcomes = async (outcome: string) => (await server.deps.metrics.extractions.get()).values.find((v) => v.labels.outcome === outcome)?.value ?? 0;

/** Types a decision through a sync client, with `meanwhile` run once it is connected; returns once the server has stored it (in Postgres or the journal). The client is gone after. */
async function typeDecision(text: string, meanwhile = () => {}): Promise<string> {
  const client = connectClient(server.url, scenario.documentId, cookie, server.url, { acks: true });
  try {
    await synced(client);
    meanwhile();
    const id = docEdits.addDecision(client.doc, 0, text);
    await waitFor(() => expect(client.stored()).toBe(true));
    return id;
  } finally {
    client.destroy();
  }
}

describe("extraction when the database fails", () => {
  it("retries an extraction the database failed, with backoff recorded in the table, and the decision reaches it without a further edit", async () => {
    // Another connection holds the decisions table: the extraction's write waits on it until its statement times out.
    const blocker = postgresClient(postgres.url, { max: 1, onnotice: () => {} });
    try {
      await blocker.unsafe("begin; lock table decisions in access exclusive mode");
      const id = await typeDecision("Besluttet mens databasen svigtede");
      const failed = await waitFor(async () => {
        const [mark] = await database.db.select().from(extractionMarks).where(eq(extractionMarks.documentId, scenario.documentId));
        expect(mark?.attempts).toBeGreaterThanOrEqual(2);
        return mark;
      });
      expect(failed.lastError).toContain("statement timeout");
      expect(failed.nextAttemptAt!.getTime()).toBeGreaterThan(failed.updatedAt.getTime());

      // The database takes writes again; nobody edits the document.
      await blocker.unsafe("commit");
      await waitFor(async () => expect(await decision(id)).toEqual({ text: "Besluttet mens databasen svigtede" }), { timeout: 20_000 });
      const [mark] = await database.db.select().from(extractionMarks).where(eq(extractionMarks.documentId, scenario.documentId));
      expect(mark).toMatchObject({ attempts: 0, nextAttemptAt: null, lastError: null });
      expect(await outcomes("failed")).toBeGreaterThanOrEqual(2);
    } finally {
      await blocker.end();
    }
  });

  it("extracts a decision typed while the database was down once the journal has replayed it, without a further edit", async () => {
    const id = await typeDecision("Besluttet under nedbruddet", () => postgres.kill());
    expect(server.deps.updateLog.status().database).toBe("down");
    expect(server.deps.updateLog.status().queued).toBeGreaterThan(0);
    // Told of the change, the worker tries at once and fails: the update is not in the database yet, nor is the database there.
    const failedBefore = await outcomes("failed");
    await waitFor(async () => expect(await outcomes("failed")).toBeGreaterThan(failedBefore));

    postgres.restart();
    await waitFor(async () => expect(await decision(id)).toEqual({ text: "Besluttet under nedbruddet" }), { timeout: 20_000 });
    expect(server.deps.updateLog.status().queued).toBe(0);
  });
});
