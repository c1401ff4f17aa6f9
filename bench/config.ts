import type { LoadPlan } from "./load/plan.js";

/** One load every server is put under. */
export interface LoadSpec {
  /** Heading of its tables. */
  name: string;
  /** Why this load is in the run, printed under the heading. */
  purpose: string;
  rooms: number;
  plan: Omit<LoadPlan, "endpoints" | "rooms" | "holdWhenDrained">;
  /** Judge "ours relay p99 ≤ 1.0× the reference server's" on this load. */
  relayTarget?: boolean;
  /** Judge "ours durable-ack p99 ≤ 15 ms" on this load. */
  ackTarget?: boolean;
  /** Judge the older socket-count target (2,000 sockets, p99 ≤ 25 ms) on this load. */
  socketTarget?: boolean;
  /**
   * Read each server's memory (forced GC, through its inspector) after start
   * and with this load's sockets open once typing has stopped; judge
   * "RSS ≤ 1.5× the reference server's" on it.
   */
  memoryPoint?: boolean;
  /** Also run ours as two processes on one database, each room's clients split over both; judge cross-node p99 ≤ 2× single-node. */
  twoNodes?: boolean;
  /**
   * Runs per server, interleaved round by round (p99 varies from run to run
   * on a shared machine); the tables show each server's median run. 1 if unset.
   */
  repeats?: number;
}

/** Key of ours as two processes on one database (loads with `twoNodes`), in tables and targets. */
export const TWO_NODES_KEY = "ours-2";

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

const typing = { stockPerRoom: 2, connectConcurrency: 50 };

/**
 * The full run (about 20 minutes, estimated from its phases): the issue's
 * three loads against all three servers, the 1 edit/s loads three times;
 * two nodes on the lightest, memory at 2,000 sockets on the 1 edit/s one.
 */
const full: BenchConfig = {
  name: "full",
  loads: [
    {
      name: "50 rooms × 10 sockets at 1 edit/s",
      purpose: "The issue's lightest load; ours also runs as two nodes on one PostgreSQL, each room's sockets split over both.",
      rooms: 50,
      plan: { ...typing, clientsPerRoom: 10, charsPerSecond: 1, stockRooms: 10, warmupMs: 5_000, measureMs: 20_000, drainMs: 10_000 },
      relayTarget: true,
      twoNodes: true,
      repeats: 3,
    },
    {
      name: "200 rooms × 10 sockets at 1 edit/s",
      purpose: "The issue's 2,000-socket load at a meeting's typing pace: relay, durable acknowledgement and memory at 2,000 sockets.",
      rooms: 200,
      plan: { ...typing, clientsPerRoom: 10, charsPerSecond: 1, stockRooms: 20, warmupMs: 10_000, measureMs: 20_000, drainMs: 20_000 },
      relayTarget: true,
      ackTarget: true,
      memoryPoint: true,
      repeats: 3,
    },
    {
      name: "200 rooms × 10 sockets at 3 edits/s",
      purpose: "Everyone typing fast at once. On 2 cores one generator core may not keep up with it (see the flags).",
      rooms: 200,
      plan: { ...typing, clientsPerRoom: 10, charsPerSecond: 3, stockRooms: 20, warmupMs: 10_000, measureMs: 30_000, drainMs: 20_000 },
      relayTarget: true,
      socketTarget: true,
    },
  ],
  yearUpdates: 20_000,
  yearLoads: 11,
  idleRooms: 300,
};

/** A smoke run that checks every part runs (two to three minutes). */
const quick: BenchConfig = {
  name: "quick",
  loads: [
    {
      name: "Smoke load: 50 sockets in 10 rooms",
      purpose: "Checks that every part runs; too small and short for conclusions.",
      rooms: 10,
      plan: { ...typing, clientsPerRoom: 5, charsPerSecond: 3, stockRooms: 2, warmupMs: 1_000, measureMs: 3_000, drainMs: 3_000, connectConcurrency: 25 },
      relayTarget: true,
      ackTarget: true,
      memoryPoint: true,
      twoNodes: true,
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
