import { DISTURBED_CPU_PERCENT, GENERATOR_BOUND_CPU_PERCENT } from "../scenarios/throughput.js";
import { fixed, table, whole } from "./format.js";
import { loadSection } from "./loadTables.js";
import type { BenchResults } from "./results.js";
import { judgeTargets } from "./targets.js";

function header(r: BenchResults): string {
  const m = r.machine;
  const placement = r.pinned ? "servers and PostgreSQL on core 0, load generator on core 1 (taskset)" : "not pinned (taskset or a second core missing)";
  return [
    `# Sync benchmark (${r.config.name} run)`,
    "",
    `- **Date:** ${r.startedAt.toISOString()} (took ${fixed(r.durationSeconds, 0)} s)`,
    `- **Machine:** ${m.cpuModel}, ${m.cores} cores, ${fixed(m.ramGb)} GB RAM, Node ${m.node}, Linux ${m.kernel}; ` +
      `1-min load average ${fixed(m.loadAverage, 2)} at start, ${fixed(r.loadAverageAtEnd, 2)} at end`,
    `- **Versions:** ${Object.entries(m.versions).map(([k, v]) => `${k} ${v}`).join(", ")}`,
    `- **Placement:** ${placement}; PostgreSQL 15 from the test helper, fsync=${r.postgresFsync}`,
    `- **Disk:** 8 KB write + fdatasync, back to back for ${r.disk.seconds} s, before the loads / after the run: ` +
      `p50 ${fixed(r.disk.before.p50Ms, 2)} / ${fixed(r.disk.after.p50Ms, 2)} ms, p99 ${fixed(r.disk.before.p99Ms, 2)} / ${fixed(r.disk.after.p99Ms, 2)} ms, ` +
      `max ${fixed(r.disk.before.maxMs)} / ${fixed(r.disk.after.maxMs)} ms, over 10 ms ${r.disk.before.over10Ms} of ${whole(r.disk.before.syncs)} / ${r.disk.after.over10Ms} of ${whole(r.disk.after.syncs)}`,
    "- **Latency:** from a keystroke's send to its arrival at every other socket of its room (light clients: when parsed; " +
      "stock providers: when applied), every delivery counted; senders and receivers share the generator process, so one clock times both ends. " +
      "Durable ack: from a light client's keystroke to the first acknowledgement (message 100, the room's stored state vector) whose entry for that client covers it; " +
      "ours' light clients ask for acknowledgements (`?ack=1`) as our editor does, stock providers do not. " +
      "Cross-node: deliveries to a socket on the other node than the sender's, with every room's sockets split over two processes on one database.",
  ].join("\n");
}

function extractionSection(r: BenchResults): string {
  if ("error" in r.extraction) return `## Extraction of a 300-item document\n\nCould not be measured: ${r.extraction.error}`;
  const e = r.extraction;
  return [
    `## Extraction of a ${e.items}-item document`,
    `${whole(e.blocks)} tracked blocks; medians of ${e.runs} runs. A room runs this after edits settle; unchanged blocks are not written again.`,
    "",
    table(
      ["Yjs → JSON", "find blocks", "first write (all rows)", "write, nothing changed", "write, one block changed"],
      [[`${fixed(e.convertMs)} ms`, `${fixed(e.extractMs)} ms`, `${fixed(e.firstWriteMs)} ms`, `${fixed(e.unchangedWriteMs)} ms`, `${fixed(e.oneChangedWriteMs)} ms`]],
    ),
  ].join("\n");
}

function yearSection(r: BenchResults): string {
  if ("error" in r.year) return `## A year of edits\n\nCould not be measured: ${r.year.error}`;
  const y = r.year;
  const cold = y.coldConfirmed ? "unload confirmed by the rooms gauge each time" : "unload NOT confirmed: waited 1 s instead";
  return [
    "## A year of edits (our server)",
    `${whole(y.updates)} small updates from 4 writers (${whole(y.characters)} characters, ${fixed(y.stateBytes / 1024)} KB of Yjs state) ` +
      `written as rows of one document's log; a fresh stock client's first sync timed with the room cold (${cold}).`,
    "",
    table(
      ["first open (whole log, compacted while the client waits)", `median cold open after compaction (n=${y.loads.length - 1})`, "all opens ms", "median cold open of a new meeting"],
      [[`${fixed(y.firstLoadMs)} ms`, `${fixed(y.medianLoadMs)} ms`, y.loads.map((v) => fixed(v)).join(", "), `${fixed(y.baselineMedianMs)} ms`]],
    ),
  ].join("\n");
}

function idleSection(r: BenchResults): string {
  const rows = r.idle.map((i) =>
    i.result
      ? [i.label, String(i.result.rooms), fixed(i.result.rssPerRoomBytes / 1024, 0), fixed(i.result.heapPerRoomBytes / 1024, 0)]
      : [i.label, "–", `failed: ${i.error}`, "–"],
  );
  return [
    "## Idle rooms",
    "One idle socket per room; the server's memory after a forced GC (through its inspector), before and after opening them, divided by the room count.",
    "",
    table(["Server", "rooms", "RSS per room KB", "V8 heap per room KB"], rows),
  ].join("\n");
}

const NOTES = [
  "## Notes",
  `- Flags: generator-bound rows had the load generator at ≥ ${GENERATOR_BOUND_CPU_PERCENT} % of its core, so part of their latency is the generator's; ` +
    `disturbed rows had more than ${DISTURBED_CPU_PERCENT} % of a core used by other work on the machine. ` +
    "A latency target missed while the generator was saturated or the machine disturbed, but the server side was not saturated, is inconclusive; " +
    "where the comparison load shows the server side would need more than its core at the target load, it is not met.",
  "- Ours relays every update at once and stores it in PostgreSQL in group commits right behind, then acknowledges what is stored to the sockets that asked; " +
    "Hocuspocus stores the whole document through its Database extension, debounced (2 s, at most 10 s); the reference server keeps documents in memory only.",
  "- Two nodes: both processes share core 0 with PostgreSQL (one core for the service, as for one node); an update reaches the other node " +
    "through PostgreSQL's LISTEN/NOTIFY once its group commit is done. Their CPU and RSS in the tables are the two processes' sum.",
  "- Memory points run with the server's inspector open (idle until the readings; forcing GC through it happens after the window).",
  "- The reference server and Hocuspocus also echo each update back to its sender (not counted as a delivery); ours does not.",
  "- Hocuspocus 4.x requires Node 22; 3.4.4 is the newest release that runs on Node 20 with Yjs 13. " +
    "The reference server is `@y/websocket-server` 0.1.1 run as shipped (0.1.5 depends on a Yjs 14 prerelease).",
  "- PostgreSQL runs with fsync on, as in production: an update counts as stored when it is on disk.",
].join("\n");

/** The results file: machine, targets, one section per load, the year-long document, idle rooms, caveats. */
export function renderMarkdown(r: BenchResults): string {
  const targets = table(["Target", "Measured", "Verdict"], judgeTargets(r).map((t) => [t.target, t.measured, t.verdict]));
  const caveat =
    r.config.name === "quick" ? ["", "A quick run is a smoke test (a few seconds per server, tiny loads, often on a busy machine): its verdicts say nothing about the targets."] : [];
  const loads = r.throughput.flatMap((l) => [loadSection(l), ""]);
  return [header(r), "", "## Targets", targets, ...caveat, "", ...loads, yearSection(r), "", extractionSection(r), "", idleSection(r), "", NOTES, ""].join("\n");
}
