import type { LatencySummary } from "../measure/histogram.js";
import { GENERATOR_BOUND_CPU_PERCENT, type ThroughputResult } from "../scenarios/throughput.js";
import { fixed, mebibytes, ratio, table, whole } from "./format.js";
import { memorySection } from "./memoryTables.js";
import { SATURATED_CPU_PERCENT, type BenchResults } from "./results.js";

/** What is wrong with a row, or "ok". */
function flags(t: ThroughputResult): string {
  const o = t.outcome!;
  const list: string[] = [];
  if (t.generatorBound) list.push(`generator-bound (≥ ${GENERATOR_BOUND_CPU_PERCENT} % CPU)`);
  if (t.disturbed) list.push("disturbed by other load");
  if (o.server.cpuPercent + o.database.cpuPercent >= SATURATED_CPU_PERCENT) list.push("server side saturated");
  if (o.report.delivered < o.report.expectedDeliveries) list.push("deliveries missing");
  if (o.report.acknowledged < o.report.expectedAcks) list.push(`${whole(o.report.expectedAcks - o.report.acknowledged)} keystrokes never acknowledged`);
  if (o.report.convergedRooms < o.report.checkedRooms) list.push(`NOT CONVERGED: ${o.report.convergenceProblems.join("; ")}`);
  if (o.report.droppedSockets > 0) list.push(`${o.report.droppedSockets} sockets dropped`);
  return list.join(", ") || "ok";
}

/** "p50 / p99" of a latency summary, or "–". */
const pair = (l: LatencySummary | undefined) => (l ? `${fixed(l.p50)} / ${fixed(l.p99)}` : "–");

function latencyRow(t: ThroughputResult, crossNode: boolean): string[] {
  const { report } = t.outcome!;
  const l = t.latency!;
  return [
    t.label,
    fixed(l.p50),
    fixed(l.p95),
    fixed(l.p99),
    fixed(l.max),
    fixed(t.stockLatency?.p99),
    ...(crossNode ? [pair(t.crossNodeLatency)] : []),
    pair(t.durableLatency),
    whole(t.updatesPerSecond),
    whole(t.deliveriesPerSecond),
    `${whole(report.delivered)} / ${whole(report.expectedDeliveries)}`,
    `${report.convergedRooms} / ${report.checkedRooms}`,
  ];
}

function resourceRow(t: ThroughputResult): string[] {
  const o = t.outcome!;
  return [
    t.label,
    fixed(o.server.cpuPercent, 0),
    mebibytes(o.server.peakRssBytes),
    o.database.peakRssBytes ? fixed(o.database.cpuPercent, 0) : "–",
    fixed(o.report.cpuPercent, 0),
    `${fixed(o.report.loopDelayP99Ms)} / ${fixed(o.report.loopDelayMaxMs)}`,
    fixed(o.foreignCpuPercent, 0),
    flags(t),
  ];
}

function ratioRow(t: ThroughputResult, ref: ThroughputResult | undefined): string[] {
  const perUpdate = (x: ThroughputResult | undefined) => (x?.outcome && x.updatesPerSecond ? x.outcome.server.cpuPercent / x.updatesPerSecond : undefined);
  return [
    t.label,
    ratio(t.latency?.p50, ref?.latency?.p50),
    ratio(t.latency?.p99, ref?.latency?.p99),
    ratio(t.updatesPerSecond, ref?.updatesPerSecond),
    ratio(t.outcome?.server.cpuPercent, ref?.outcome?.server.cpuPercent),
    ratio(perUpdate(t), perUpdate(ref)),
    ratio(t.outcome?.server.peakRssBytes, ref?.outcome?.server.peakRssBytes),
  ];
}

/** Each server's p99 in every run (cross-node and durable-ack p99 too where measured). */
function everyRun(runs: ThroughputResult[][]): string {
  const list = (r: ThroughputResult[], pick: (t: ThroughputResult) => LatencySummary | undefined) => r.map((t) => fixed(pick(t)?.p99)).join(", ");
  const server = (r: ThroughputResult[]) => {
    const extra = [
      r.some((t) => t.crossNodeLatency) ? `cross-node ${list(r, (t) => t.crossNodeLatency)} ms` : "",
      r.some((t) => t.durableLatency) ? `durable ack ${list(r, (t) => t.durableLatency)} ms` : "",
    ].filter(Boolean);
    return `${r[0].label} ${list(r, (t) => t.latency)} ms${extra.length ? ` (${extra.join("; ")})` : ""}`;
  };
  return `p99 of every run, in order: ${runs.map(server).join("; ")}.`;
}

/** The section of one load: latency and throughput, resources, ratios vs the reference server, memory where measured. */
export function loadSection(section: BenchResults["throughput"][number]): string {
  const { load, results, runs } = section;
  const ok = results.filter((t) => t.outcome);
  const crossNode = ok.some((t) => t.crossNodeLatency);
  const ref = results.find((t) => t.key === "reference");
  const p = load.plan;
  const shape =
    `${load.rooms} rooms × ${p.clientsPerRoom} sockets, ${p.charsPerSecond} chars/s each (one update per keystroke); ` +
    `stock providers: ${p.stockPerRoom} in each of the first ${p.stockRooms} rooms, the rest light clients; ` +
    `warm-up ${p.warmupMs / 1000} s, measured ${p.measureMs / 1000} s.`;
  const failed = results.filter((t) => t.error).map((t) => `- **${t.label} could not be measured:** ${t.error}`);
  const diagnostics = results.filter((t) => t.diagnostics).map((t) => `- ${t.label}, from its /metrics: ${t.diagnostics}.`);
  const repeated = runs.some((r) => r.length > 1)
    ? [
        `Each server ran ${runs[0].length} times, taking turns; the tables show each server's run with the median p99 ` +
          `(two nodes: the median cross-node p99). ${everyRun(runs)}`,
        "",
      ]
    : [];
  return [
    `## ${load.name}`,
    `${load.purpose} ${shape}`,
    "",
    ...repeated,
    table(
      ["Server", "p50 ms", "p95 ms", "p99 ms", "max ms", "stock p99 ms", ...(crossNode ? ["cross-node p50 / p99 ms"] : []), "durable ack p50 / p99 ms", "updates/s in", "deliveries/s", "delivered", "converged rooms"],
      ok.map((t) => latencyRow(t, crossNode)),
    ),
    "",
    "Resources during the measurement window (CPU in % of one core):",
    "",
    table(["Server", "server CPU %", "server peak RSS MB", "Postgres CPU %", "generator CPU %", "generator loop lag p99 / max ms", "other load %", "flags"], ok.map(resourceRow)),
    "",
    "Ratios vs the reference server (lower is better, except updates/s):",
    "",
    table(["Server", "p50", "p99", "updates/s", "server CPU", "server CPU per update", "server peak RSS"], ok.map((t) => ratioRow(t, ref))),
    ...memorySection(section),
    ...(failed.length || diagnostics.length ? ["", ...diagnostics, ...failed] : []),
  ].join("\n");
}
