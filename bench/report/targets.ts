import type { ThroughputResult } from "../scenarios/throughput.js";
import { SATURATED_CPU_PERCENT, type BenchResults } from "./results.js";

/** One of the targets, judged against a run. */
export interface TargetVerdict {
  target: string;
  measured: string;
  verdict: string;
}

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? "n/a" : `${v.toFixed(1)} ms`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const serverSideCpu = (t: ThroughputResult) => t.outcome!.server.cpuPercent + t.outcome!.database.cpuPercent;

/**
 * Judges a latency bound. A miss while the generator or other work on the
 * machine was the bottleneck, and the server side was not saturated, is
 * inconclusive: that latency was not (only) the server's.
 */
function judgeLatency(t: ThroughputResult | undefined, ok: (p99: number) => boolean, others: (ThroughputResult | undefined)[] = []): string {
  if (!t?.latency) return "not measured";
  if (ok(t.latency.p99)) return "met";
  const impaired = [t, ...others].some((x) => x?.generatorBound || x?.disturbed);
  return impaired && serverSideCpu(t) < SATURATED_CPU_PERCENT ? "inconclusive (generator-bound or disturbed)" : "not met";
}

/**
 * Server plus database CPU the load would need, in percent of one core,
 * scaled linearly from a lighter run's CPU per update.
 */
function projectedCpu(light: ThroughputResult | undefined, updatesPerSecond: number): number | undefined {
  if (!light?.outcome || !light.updatesPerSecond) return undefined;
  return (serverSideCpu(light) / light.updatesPerSecond) * updatesPerSecond;
}

/** Judges the four targets on the loads marked for them. */
export function judgeTargets(results: BenchResults): TargetVerdict[] {
  const socketLoad = results.throughput.find((l) => l.load.socketTarget);
  const comparisonLoad = results.throughput.find((l) => l.load.comparisonTarget);
  const oursFull = socketLoad?.results.find((t) => t.key === "ours");
  const ours = comparisonLoad?.results.find((t) => t.key === "ours");
  const reference = comparisonLoad?.results.find((t) => t.key === "reference");
  const year = "error" in results.year ? undefined : results.year;
  const idle = results.idle.find((i) => i.key === "ours")?.result;
  // RSS after GC can even shrink on a small sample; the larger of RSS and heap growth is the honest bound.
  const idleBytes = idle && Math.max(idle.rssPerRoomBytes, idle.heapPerRoomBytes);

  let socketVerdict = socketLoad ? judgeLatency(oursFull, (p99) => p99 <= 25) : "not measured";
  let socketMeasured = socketLoad ? `${oursFull?.outcome?.report.sockets ?? 0} sockets: p99 ${ms(oursFull?.latency?.p99)}` : "load not part of this run";
  const plan = socketLoad?.load.plan;
  const demand = plan && socketLoad && projectedCpu(ours, socketLoad.load.rooms * plan.clientsPerRoom * plan.charsPerSecond);
  if (demand !== undefined) {
    socketMeasured += `; from the comparison load, server + PostgreSQL would need ≈ ${demand.toFixed(0)} % of their one core`;
    if (socketVerdict.startsWith("inconclusive") && demand > 100) socketVerdict = "not met (server side needs more than its core)";
  }
  return [
    { target: "2,000 sockets in 200 rooms, p99 ≤ 25 ms (ours)", measured: socketMeasured, verdict: socketVerdict },
    {
      target: "ours p99 no worse than the reference server's, while persisting",
      measured: comparisonLoad ? `${comparisonLoad.load.name}: ours ${ms(ours?.latency?.p99)} vs reference ${ms(reference?.latency?.p99)}` : "n/a",
      verdict: reference?.latency ? judgeLatency(ours, (p99) => p99 <= reference.latency!.p99, [reference]) : "not measured",
    },
    {
      target: "a year-long document loads in ≤ 50 ms (median cold open)",
      measured: year ? `median ${ms(year.medianLoadMs)} (first open, before compaction: ${ms(year.firstLoadMs)})` : "n/a",
      verdict: year ? (year.medianLoadMs <= 50 ? "met" : "not met") : "not measured",
    },
    {
      target: "idle room ≤ 150 KB of server memory (ours)",
      measured: idle ? `${kb(idle.rssPerRoomBytes)} RSS, ${kb(idle.heapPerRoomBytes)} V8 heap per room (${idle.rooms} rooms)` : "n/a",
      verdict: idleBytes !== undefined ? (idleBytes <= 150 * 1024 ? "met" : "not met") : "not measured",
    },
  ];
}
