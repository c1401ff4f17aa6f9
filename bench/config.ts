import type { LoadPlan } from "./load/plan.js";

/** One load every server is put under. */
export interface LoadSpec {
  /** Heading of its tables. */
  name: string;
  /** Why this load is in the run, printed under the heading. */
  purpose: string;
  rooms: number;
  plan: Omit<LoadPlan, "endpoint" | "rooms">;
  /** Judge the socket-count target (2,000 sockets, p99 ≤ 25 ms) on this load. */
  socketTarget?: boolean;
  /** Judge the "p99 no worse than the reference server" target on this load. */
  comparisonTarget?: boolean;
  /**
   * Runs per server, interleaved round by round (p99 varies from run to run
   * on a shared machine); the tables show each server's median run. 1 if unset.
   */
  repeats?: number;
}

/** Everything a benchmark run varies. */
export interface BenchConfig {
  name: "full" | "quick";
  loads: LoadSpec[];
  /** Updates written into the "year of edits" document. */
  yearUpdates: number;
  /** Timed cold opens of that document (the first, before compaction, is reported apart). */
  yearLoads: number;
  /** Rooms opened (one idle socket each) for the idle-memory measurement. */
  idleRooms: number;
}

const typing = { stockPerRoom: 2, charsPerSecond: 3, connectConcurrency: 50 };

/** The full run (about 11 minutes): the load, and a lighter one that one generator core can drive, three times. */
const full: BenchConfig = {
  name: "full",
  loads: [
    {
      name: "Issue load: 2,000 sockets in 200 rooms",
      purpose: "The issue's target load. On 2 cores one generator core may not keep up with it (see the flags).",
      rooms: 200,
      plan: { ...typing, clientsPerRoom: 10, stockRooms: 20, warmupMs: 10_000, measureMs: 45_000, drainMs: 20_000 },
      socketTarget: true,
    },
    {
      name: "Comparison load: 500 sockets in 50 rooms",
      purpose: "A quarter of the issue's load, within what one generator core drives, so latencies are the servers'.",
      rooms: 50,
      plan: { ...typing, clientsPerRoom: 10, stockRooms: 10, warmupMs: 5_000, measureMs: 20_000, drainMs: 10_000 },
      comparisonTarget: true,
      repeats: 3,
    },
  ],
  yearUpdates: 20_000,
  yearLoads: 11,
  idleRooms: 300,
};

/** A smoke run of a few seconds per server that CI could afford (well under a minute in all). */
const quick: BenchConfig = {
  name: "quick",
  loads: [
    {
      name: "Smoke load: 50 sockets in 10 rooms",
      purpose: "Checks that every part runs; too small and short for conclusions.",
      rooms: 10,
      plan: { ...typing, clientsPerRoom: 5, stockRooms: 2, warmupMs: 1_000, measureMs: 3_000, drainMs: 3_000, connectConcurrency: 25 },
      comparisonTarget: true,
      repeats: 2,
    },
  ],
  yearUpdates: 2_000,
  yearLoads: 3,
  idleRooms: 20,
};

/** The configuration for the command line: `--quick` for the smoke run. */
export function configFromArgs(args: string[]): BenchConfig {
  const unknown = args.filter((a) => a !== "--quick");
  if (unknown.length > 0) throw new Error(`unknown argument(s): ${unknown.join(" ")} (only --quick is accepted)`);
  return args.includes("--quick") ? quick : full;
}
