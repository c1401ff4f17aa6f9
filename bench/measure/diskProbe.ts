import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** What the disk did when asked to make small writes durable, one after another. */
export interface DiskProbeResult {
  syncs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Syncs that took longer than 10 ms. */
  over10Ms: number;
}

const BLOCK = 8192;
/** The probe overwrites this many blocks in turn, as PostgreSQL rewrites its WAL pages. */
const BLOCKS = 128;

/**
 * Writes 8 KB and fdatasyncs it, over and over for `seconds`, in the temp
 * directory (where the benchmark's PostgreSQL keeps its data). A server that
 * stores every update before relaying it waits for exactly this, so its
 * latency tail cannot be shorter than the disk's.
 */
export function probeDisk(seconds: number): DiskProbeResult {
  const dir = mkdtempSync(join(tmpdir(), "moedebord-disk-"));
  const fd = openSync(join(dir, "probe"), "w");
  const block = Buffer.alloc(BLOCK, 1);
  const times: number[] = [];
  try {
    const end = performance.now() + seconds * 1000;
    for (let i = 0; performance.now() < end; i++) {
      const started = performance.now();
      writeSync(fd, block, 0, BLOCK, (i % BLOCKS) * BLOCK);
      fdatasyncSync(fd);
      times.push(performance.now() - started);
    }
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))];
  return { syncs: times.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: times.at(-1) ?? 0, over10Ms: times.filter((t) => t > 10).length };
}
