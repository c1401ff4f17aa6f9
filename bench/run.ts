import { mkdirSync, writeFileSync } from "node:fs";
import { freePort } from "../tests/helpers/postgresServer.js";
import { configFromArgs, TWO_NODES_KEY, type BenchConfig, type LoadSpec } from "./config.js";
import { pinSelfToServerCore } from "./measure/cpuPinning.js";
import { probeDisk } from "./measure/diskProbe.js";
import { currentLoadAverage, describeMachine } from "./report/machine.js";
import { renderMarkdown } from "./report/markdown.js";
import type { BenchResults, IdleEntry } from "./report/results.js";
import { IDLE_WARMUP_ROOMS, measureIdleRooms } from "./scenarios/idleRooms.js";
import { measureThroughput, medianRun, type ThroughputResult } from "./scenarios/throughput.js";
import { measureYearDocument } from "./scenarios/yearDocument.js";
import { measureExtraction } from "./scenarios/extraction.js";
import { startHocuspocus } from "./servers/hocuspocus.js";
import { startOurs } from "./servers/ours.js";
import { startOursNodes } from "./servers/oursNodes.js";
import { startBenchPostgres, type BenchPostgres } from "./servers/postgres.js";
import { startReference } from "./servers/reference.js";
import type { TargetFactory } from "./servers/types.js";

/** Where a run's results go: a quick run's never replace the last full run's. */
const resultsFile = (config: BenchConfig) => new URL(`./results/${config.name === "quick" ? "quick" : "latest"}.md`, import.meta.url);
/** How long the disk's fsync latency is probed before and after the loads. */
const DISK_PROBE_SECONDS = 5;

/**
 * The servers compared, in table order; `key` names them in ratios and
 * targets (the reference server is the baseline). A load marked for it
 * adds ours as two nodes.
 */
function servers(pg: BenchPostgres, load?: LoadSpec): { key: string; label: string; start: TargetFactory }[] {
  return [
    { key: "ours", label: "Mødebord (Postgres, durable)", start: (rooms, options) => startOurs(pg, rooms, options) },
    { key: "reference", label: "y-websocket reference (in memory)", start: startReference },
    { key: "hocuspocus", label: "Hocuspocus 3.4 (Postgres, debounced)", start: (rooms, options) => startHocuspocus(pg, rooms, options) },
    ...(load?.twoNodes ? [{ key: TWO_NODES_KEY, label: "Mødebord, two nodes (sockets split)", start: (rooms: number) => startOursNodes(pg, rooms, 2) }] : []),
  ];
}

async function measureIdle(start: TargetFactory, rooms: number, key: string, label: string): Promise<IdleEntry> {
  const target = await start(rooms + IDLE_WARMUP_ROOMS, { inspectPort: await freePort() }).catch((error: Error) => error);
  if (target instanceof Error) return { key, label, error: target.message.split("\n")[0] };
  try {
    return { key, label, result: await measureIdleRooms(target) };
  } catch (error) {
    return { key, label, error: (error as Error).message.split("\n")[0] };
  } finally {
    await target.stop();
  }
}

/**
 * `npm run bench [-- --quick]`: the same typing load against our server,
 * the y-websocket reference server and Hocuspocus, then a year-long
 * document's load time and idle-room memory; writes bench/results/latest.md
 * (a quick run: quick.md) and prints it.
 */
async function main(): Promise<void> {
  const config = configFromArgs(process.argv.slice(2));
  const pinned = pinSelfToServerCore();
  const machine = describeMachine();
  const startedAt = new Date();
  const log = (line: string) => process.stderr.write(`[bench ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)}s] ${line}\n`);
  const diskBefore = probeDisk(DISK_PROBE_SECONDS);
  const pg = await startBenchPostgres();
  // Servers and the generator share this process group and stop with it; PostgreSQL runs detached.
  const interrupted = () => void pg.stop().finally(() => process.exit(130));
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    const throughput: BenchResults["throughput"] = [];
    for (const load of config.loads) {
      const rounds = load.repeats ?? 1;
      const runs = servers(pg, load).map(() => [] as ThroughputResult[]);
      for (let round = 1; round <= rounds; round++) {
        for (const [i, s] of servers(pg, load).entries()) {
          log(`${load.name}: ${s.label}${rounds > 1 ? ` (run ${round} of ${rounds})` : ""}`);
          runs[i].push(await measureThroughput((options) => s.start(load.rooms, options), s.key, s.label, load));
        }
      }
      throughput.push({ load, results: runs.map(medianRun), runs });
    }
    log("year of edits");
    const year = await measureYearDocument(pg, config.yearUpdates, config.yearLoads).catch((error: Error) => ({ error: error.message.split("\n")[0] }));
    log("extraction of a 300-item document");
    const extraction = await measureExtraction(pg).catch((error: Error) => ({ error: error.message.split("\n")[0] }));
    const idle: IdleEntry[] = [];
    for (const s of servers(pg)) {
      log(`idle rooms: ${s.label}`);
      idle.push(await measureIdle(s.start, config.idleRooms, s.key, s.label));
    }
    const disk = { seconds: DISK_PROBE_SECONDS, before: diskBefore, after: probeDisk(DISK_PROBE_SECONDS) };
    const results: BenchResults = {
      config,
      machine,
      startedAt,
      durationSeconds: (Date.now() - startedAt.getTime()) / 1000,
      loadAverageAtEnd: currentLoadAverage(),
      pinned,
      postgresFsync: pg.fsync,
      disk,
      throughput,
      year,
      idle,
      extraction,
    };
    const markdown = renderMarkdown(results);
    mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
    writeFileSync(resultsFile(config), markdown);
    process.stdout.write(markdown);
  } finally {
    await pg.stop();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
