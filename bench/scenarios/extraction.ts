import * as Y from "yjs";
import { openDatabase } from "../../db/client.js";
import { syncBlocks } from "../../server/commands/blockSyncer.js";
import { extractBlocks } from "../../shared/blocks/extractBlocks.js";
import type { DocJSON } from "../../shared/blocks/types.js";
import { build } from "../../shared/editor/build.js";
import { jsonToYUpdate, yDocToJson } from "../../shared/editor/ydoc.js";
import { createMeetingScenario } from "../../tests/helpers/factories.js";
import type { BenchPostgres } from "../servers/postgres.js";

/** Extraction of one large document, in milliseconds (medians over `runs`). */
export interface ExtractionResult {
  items: number;
  blocks: number;
  runs: number;
  convertMs: number;
  extractMs: number;
  firstWriteMs: number;
  unchangedWriteMs: number;
  oneChangedWriteMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function timeAsync(fn: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** A document of `items` agenda items, each with sections, a decision and an action item. */
function largeDocument(items: number): DocJSON {
  const { doc, kindedItem, section, paragraph, decision, actionItem, recommendation } = build;
  return doc(
    ...Array.from({ length: items }, (_, i) =>
      kindedItem(
        "beslutning",
        `Punkt om sag ${i + 1}`,
        section("sagsfremstilling", paragraph(`Sagsfremstilling for sag ${i + 1}, med baggrund og data.`)),
        recommendation("Chefforum", "Godkender indstillingen"),
        section("beslutning", decision(`Beslutning i sag ${i + 1}.`), actionItem(`Opfølgning på sag ${i + 1}.`, { ownerKind: "sekretariatet", ownerName: "Sekretariatet", dueKind: "naeste_moede" })),
      ),
    ),
  );
}

/**
 * Times the extraction path for a 300-item document, as a room runs it after
 * edits settle: Yjs to JSON, finding the blocks, and writing them to
 * PostgreSQL (the first time, unchanged, and with one block changed).
 */
export async function measureExtraction(pg: BenchPostgres, items = 300, runs = 15): Promise<ExtractionResult> {
  const database = await openDatabase({ url: await pg.createDatabase("bench_extraction"), dataDir: "" });
  try {
    await database.migrate();
    const json = largeDocument(items);
    const { documentId } = await createMeetingScenario(database.db, build.doc(build.agendaItem("Start")));
    const doc = new Y.Doc();
    Y.applyUpdate(doc, jsonToYUpdate(json));
    const converted = Array.from({ length: runs }, () => time(() => yDocToJson(doc)));
    const read = yDocToJson(doc);
    const extracted = Array.from({ length: runs }, () => time(() => extractBlocks(read)));
    const blocks = extractBlocks(read);
    const firstWriteMs = await timeAsync(() => syncBlocks(database.db, documentId, blocks));
    const unchanged: number[] = [];
    for (let i = 0; i < runs; i++) unchanged.push(await timeAsync(() => syncBlocks(database.db, documentId, blocks)));
    const oneChanged: number[] = [];
    for (let i = 0; i < runs; i++) {
      const changed = { ...blocks, decisions: blocks.decisions.map((d, n) => (n === 0 ? { ...d, text: `Ændret ${i}` } : d)) };
      oneChanged.push(await timeAsync(() => syncBlocks(database.db, documentId, changed)));
    }
    const count = Object.values(blocks).reduce((n, list) => n + list.length, 0);
    return { items, blocks: count, runs, convertMs: median(converted), extractMs: median(extracted), firstWriteMs, unchangedWriteMs: median(unchanged), oneChangedWriteMs: median(oneChanged) };
  } finally {
    await database.close();
  }
}
