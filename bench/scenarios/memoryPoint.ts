import { collectAndReadMemory, type MemoryReading as HeapReading } from "../measure/inspector.js";
import { residentSplit } from "../measure/procStats.js";
import type { BenchTarget } from "../servers/types.js";

/** Pause for the server to settle (pending timers and writes) before its memory is read. */
const SETTLE_MS = 2_000;

/** The process's own account of its memory, and its RSS split into anonymous and file-backed pages (from /proc). */
export type MemoryReading = HeapReading & { rssAnon: number; rssFile: number };

/** A server's memory right after start and with a load's sockets open and idle, each after a forced GC. */
export interface MemoryPoint {
  atStart: MemoryReading;
  atSockets: MemoryReading;
  sockets: number;
}

/** Reads a server's memory at the two points of a load. */
export interface MemoryProbe {
  /** Reads it before any socket connects. */
  start(): Promise<void>;
  /** Reads it with every socket open and idle (runLoad's onDrained). */
  drained(): Promise<void>;
  /** Both readings, or the first error. */
  result(): MemoryPoint | { error: string };
}

/** Reads a target's settled memory; rejects when it was started without an inspector. */
async function settledMemory(target: BenchTarget): Promise<MemoryReading> {
  if (target.inspectPort === undefined) throw new Error("the server was started without an inspector");
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const heap = await collectAndReadMemory(target.inspectPort);
  const split = residentSplit(target.pid);
  return { ...heap, rssAnon: split.anon, rssFile: split.file };
}

/**
 * Measures a server's memory at two points of one load: before any socket
 * connects, and once typing has stopped and every delivery has arrived,
 * with every socket still open. A failed reading does not fail the load.
 */
export function memoryProbe(target: BenchTarget, sockets: number): MemoryProbe {
  let atStart: MemoryReading | undefined;
  let atSockets: MemoryReading | undefined;
  let error: string | undefined;
  const failed = (e: Error) => void (error ??= e.message.split("\n")[0]);
  return {
    start: () => settledMemory(target).then((m) => void (atStart = m), failed),
    drained: () => settledMemory(target).then((m) => void (atSockets = m), failed),
    result: (): MemoryPoint | { error: string } =>
      atStart && atSockets ? { atStart, atSockets, sockets } : { error: error ?? "the generator never reported the drained point" },
  };
}
