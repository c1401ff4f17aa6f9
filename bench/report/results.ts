import type { BenchConfig, LoadSpec } from "../config.js";
import type { DiskProbeResult } from "../measure/diskProbe.js";
import type { ExtractionResult } from "../scenarios/extraction.js";
import type { IdleRoomsResult } from "../scenarios/idleRooms.js";
import type { ThroughputResult } from "../scenarios/throughput.js";
import type { YearDocumentResult } from "../scenarios/yearDocument.js";
import type { MachineInfo } from "./machine.js";

/** One server's idle-room memory (or why it could not be measured). */
export interface IdleEntry {
  key: string;
  label: string;
  result?: IdleRoomsResult;
  error?: string;
}

/** Everything one benchmark run measured. */
export interface BenchResults {
  config: BenchConfig;
  machine: MachineInfo;
  startedAt: Date;
  durationSeconds: number;
  loadAverageAtEnd: number;
  /** True when servers and generator ran on separate cores. */
  pinned: boolean;
  postgresFsync: string;
  /** The disk's fdatasync latency, probed before the loads and after everything else. */
  disk: { seconds: number; before: DiskProbeResult; after: DiskProbeResult };
  /** Per load, every server's numbers in table order (its median run), and all its runs. */
  throughput: { load: LoadSpec; results: ThroughputResult[]; runs: ThroughputResult[][] }[];
  year: YearDocumentResult | { error: string };
  idle: IdleEntry[];
  extraction: ExtractionResult | { error: string };
}

/** Server plus database CPU (percent of their one core) at which the server side counts as saturated. */
export const SATURATED_CPU_PERCENT = 90;
