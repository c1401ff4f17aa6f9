import { GENERATOR_BOUND_CPU_PERCENT, type ThroughputResult } from "../scenarios/throughput.js";
import { fixed, mebibytes, ratio, table, whole } from "./format.js";
import { SATURATED_CPU_PERCENT, type BenchResults } from "./results.js";

/** What is wrong with a row, or "ok". */
function flags(t: ThroughputResult): string {
  const o = t.outcome!;
  const list: string[] = [];
  if (t.generatorBound) list.push(`generator-bound (≥ ${GENERATOR_BOUND_CPU_PERCENT} % CPU)`);
  if (t.disturbed) list.push("disturbed by other load");
  if (o.server.cpuPercent + o.database.cpuPercent >= SATURATED_CPU_PERCENT) list.push("server side saturated");
  if (o.report.delivered < o.report.expectedDeliveries) list.push("deliveries missing");
  if (o.report.convergedRooms < o.report.checkedRooms) list.push(`NOT CONVERGED: ${o.report.convergenceProblems.join("; ")}`);
  if (o.report.droppedSockets > 0) list.push(`${o.report.droppedSockets} sockets dropped`);
  return list.join(", ") || "ok";
}

function latencyRow(t: ThroughputResult): string[] {
  const { report } = t.outcome!;
  const l = t.latency!;
  return [
    t.label,
    fixed(l.p50),
    fixed(l.p95),
    fixed(l.p99),
    fixed(l.max),
    fixed(t.stockLatency?.p99),
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

/** The section of one load: latency and throughput, resources, ratios vs the reference server. */
export function loadSection({ load, results, runs }: BenchResults["throughput"][number]): string {
  const ok = results.filter((t) => t.outcome);
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
        `Each server ran ${runs[0].length} times, taking turns; the tables show each server's run with the median p99. ` +
          `p99 of every run, in order: ${runs.map((r) => `${r[0].label} ${r.map((t) => fixed(t.latency?.p99)).join(", ")} ms`).join("; ")}.`,
        "",
      ]
    : [];
  return [
    `## ${load.name}`,
    `${load.purpose} ${shape}`,
    "",
    ...repeated,
    table(["Server", "p50 ms", "p95 ms", "p99 ms", "max ms", "stock p99 ms", "updates/s in", "deliveries/s", "delivered", "converged rooms"], ok.map(latencyRow)),
    "",
    "Resources during the measurement window (CPU in % of one core):",
    "",
    table(["Server", "server CPU %", "server peak RSS MB", "Postgres CPU %", "generator CPU %", "generator loop lag p99 / max ms", "other load %", "flags"], ok.map(resourceRow)),
    "",
    "Ratios vs the reference server (lower is better, except updates/s):",
    "",
    table(["Server", "p50", "p99", "updates/s", "server CPU", "server CPU per update", "server RSS"], ok.map((t) => ratioRow(t, ref))),
    ...(failed.length || diagnostics.length ? ["", ...diagnostics, ...failed] : []),
  ].join("\n");
}
