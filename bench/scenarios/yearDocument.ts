import { openDatabase } from "../../db/client.js";
import { documentUpdates } from "../../db/schema/index.js";
import { DocumentStore } from "../../server/sync/documentStore.js";
import { median } from "../measure/histogram.js";
import type { BenchPostgres } from "../servers/postgres.js";
import { startOurs } from "../servers/ours.js";
import { waitForIdleServer } from "../servers/oursMetrics.js";
import { openStockProvider } from "../load/stockClient.js";
import { generateYearOfEdits } from "./yearOfEdits.js";

/** Rows per INSERT while writing the log. */
const INSERT_CHUNK = 500;

/** How long a year's document takes to open. */
export interface YearDocumentResult {
  updates: number;
  characters: number;
  stateBytes: number;
  /** The very first open: the whole log in rows, folded into a snapshot while the client waits. */
  firstLoadMs: number;
  /** Median of the later cold opens (snapshot plus an empty tail). */
  medianLoadMs: number;
  loads: number[];
  /** Median cold open of a new meeting's small document, for comparison: the fixed cost of an open. */
  baselineMedianMs: number;
  /** False when the server's rooms gauge could not confirm the room was unloaded between opens. */
  coldConfirmed: boolean;
}

async function timeFirstSync(target: Awaited<ReturnType<typeof startOurs>>, documentId: string): Promise<number> {
  const start = performance.now();
  const client = openStockProvider(target.endpoint, documentId);
  try {
    await client.synced;
    return performance.now() - start;
  } finally {
    client.destroy();
  }
}

/**
 * Writes `updates` small edits into one document's log through our storage
 * tables, then times a fresh stock client's first sync against our server
 * with the room cold (unloaded) each time: once before compaction, then
 * `loads - 1` times after; and as often on a new meeting's small document.
 */
export async function measureYearDocument(pg: BenchPostgres, updates: number, loads: number): Promise<YearDocumentResult> {
  const target = await startOurs(pg, 2);
  const [documentId, smallDocumentId] = target.rooms;
  const database = await openDatabase({ url: target.databaseUrl, dataDir: "" });
  try {
    const initial = await new DocumentStore(database.db).load(documentId);
    const year = generateYearOfEdits(initial.updates, updates);
    for (let i = 0; i < year.updates.length; i += INSERT_CHUNK) {
      await database.db.insert(documentUpdates).values(year.updates.slice(i, i + INSERT_CHUNK).map((data) => ({ documentId, data })));
    }
    let coldConfirmed = true;
    const timeColdOpens = async (id: string) => {
      const times: number[] = [];
      for (let i = 0; i < loads; i++) {
        times.push(await timeFirstSync(target, id));
        coldConfirmed = (await waitForIdleServer(target.endpoint.baseUrl)) && coldConfirmed;
      }
      return times;
    };
    const baseline = await timeColdOpens(smallDocumentId);
    const times = await timeColdOpens(documentId);
    return {
      updates: year.updates.length,
      characters: year.characters,
      stateBytes: year.finalState.byteLength,
      firstLoadMs: times[0],
      medianLoadMs: median(times.slice(1)),
      loads: times,
      baselineMedianMs: median(baseline),
      coldConfirmed,
    };
  } finally {
    await database.close();
    await target.stop();
  }
}
