import { runLoad, type LoadOutcome } from "../load/driver.js";
import type { LoadPlan } from "../load/plan.js";
import { LatencyHistogram, type LatencySummary } from "../measure/histogram.js";
import type { BenchTarget } from "../servers/types.js";

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

/** The run with the median p99 of one server's repeated runs (the first failure when none succeeded). */
export function medianRun(runs: ThroughputResult[]): ThroughputResult {
  const measured = runs.filter((r) => r.latency).sort((a, b) => a.latency!.p99 - b.latency!.p99);
  return measured.length > 0 ? measured[Math.floor((measured.length - 1) / 2)] : runs[0];
}

function summarize(serialized: LoadOutcome["report"]["latency"]): LatencySummary {
  const histogram = new LatencyHistogram();
  histogram.merge(serialized);
  return histogram.summary();
}

/**
 * Starts a server, runs the load against it and stops it. A server that
 * fails to start or to carry the load yields a result with `error` rather
 * than ending the benchmark.
 */
export async function measureThroughput(
  start: () => Promise<BenchTarget>,
  key: string,
  label: string,
  load: Omit<LoadPlan, "endpoint" | "rooms">,
): Promise<ThroughputResult> {
  let target: BenchTarget | undefined;
  try {
    target = await start();
    const outcome = await runLoad(target, load);
    const seconds = outcome.report.windowMs / 1000;
    return {
      key,
      label,
      outcome,
      latency: summarize(outcome.report.latency),
      stockLatency: summarize(outcome.report.stockLatency),
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
