import { freePort } from "../../tests/helpers/postgresServer.js";
import type { LoadSpec } from "../config.js";
import { runLoad, type LoadOutcome } from "../load/driver.js";
import { LatencyHistogram, type LatencySummary } from "../measure/histogram.js";
import type { BenchTarget, TargetOptions } from "../servers/types.js";
import { memoryProbe, type MemoryPoint } from "./memoryPoint.js";

/** Generator CPU above which the generator, not the server, may be what limits latency. */
export const GENERATOR_BOUND_CPU_PERCENT = 70;
/** Other work on the machine above this (percent of one core) during the window marks a result as disturbed. */
export const DISTURBED_CPU_PERCENT = 20;

/** One server's numbers under the shared load (or why it could not run). */
export interface ThroughputResult {
  key: string;
  label: string;
  error?: string;
  outcome?: LoadOutcome;
  latency?: LatencySummary;
  stockLatency?: LatencySummary;
  /** Deliveries to sockets on another node than the sender's (several nodes only). */
  crossNodeLatency?: LatencySummary;
  /** Send to durable acknowledgement (servers that acknowledge). */
  durableLatency?: LatencySummary;
  /** Memory after start and at the load's sockets (loads with a memory point; single-process servers). */
  memory?: MemoryPoint | { error: string };
  /** Keystroke updates the server took in per second. */
  updatesPerSecond?: number;
  /** Updates delivered to other sockets per second (the fan-out the server did). */
  deliveriesPerSecond?: number;
  generatorBound?: boolean;
  /** The server's own account of the run, when it gives one. */
  diagnostics?: string;
  /** Other work on the machine took more than DISTURBED_CPU_PERCENT of a core during the window. */
  disturbed?: boolean;
}

/** The latency a run is ranked by: cross-node for several nodes (what their target judges), else all deliveries. */
export const headlineP99 = (r: ThroughputResult): number | undefined => (r.crossNodeLatency ?? r.latency)?.p99;

/** The run with the median headline p99 of one server's repeated runs (the first failure when none succeeded). */
export function medianRun(runs: ThroughputResult[]): ThroughputResult {
  const measured = runs.filter((r) => r.latency).sort((a, b) => headlineP99(a)! - headlineP99(b)!);
  return measured.length > 0 ? measured[Math.floor((measured.length - 1) / 2)] : runs[0];
}

function summarize(serialized: LoadOutcome["report"]["latency"]): LatencySummary {
  const histogram = new LatencyHistogram();
  histogram.merge(serialized);
  return histogram.summary();
}

// For what only some setups measure (acknowledgements, several nodes): nothing rather than NaNs.
const summarizeAny = (serialized: LoadOutcome["report"]["latency"]) => (serialized.count > 0 ? summarize(serialized) : undefined);

/**
 * Starts a server, runs the load against it and stops it; on a load with
 * a memory point, the server gets an inspector and its memory is read
 * after start and with the sockets open after typing. A server that
 * fails to start or to carry the load yields a result with `error` rather
 * than ending the benchmark.
 */
export async function measureThroughput(
  start: (options: TargetOptions) => Promise<BenchTarget>,
  key: string,
  label: string,
  load: LoadSpec,
): Promise<ThroughputResult> {
  let target: BenchTarget | undefined;
  try {
    target = await start(load.memoryPoint ? { inspectPort: await freePort() } : {});
    // Servers of several processes are started without an inspector: their memory is not read.
    const memory = target.inspectPort !== undefined ? memoryProbe(target, load.rooms * load.plan.clientsPerRoom) : undefined;
    await memory?.start();
    const outcome = await runLoad(target, load.plan, memory?.drained);
    const seconds = outcome.report.windowMs / 1000;
    return {
      key,
      label,
      outcome,
      latency: summarize(outcome.report.latency),
      stockLatency: summarize(outcome.report.stockLatency),
      crossNodeLatency: summarizeAny(outcome.report.crossNodeLatency),
      durableLatency: summarizeAny(outcome.report.durableLatency),
      memory: memory?.result(),
      updatesPerSecond: outcome.report.typed / seconds,
      deliveriesPerSecond: outcome.report.delivered / seconds,
      generatorBound: outcome.report.cpuPercent >= GENERATOR_BOUND_CPU_PERCENT,
      disturbed: outcome.foreignCpuPercent > DISTURBED_CPU_PERCENT,
      diagnostics: await target.diagnostics?.(),
    };
  } catch (error) {
    return { key, label, error: (error as Error).message.split("\n").slice(0, 3).join(" ") };
  } finally {
    await target?.stop();
  }
}
