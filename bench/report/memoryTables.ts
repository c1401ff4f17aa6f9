import type { MemoryPoint, MemoryReading } from "../scenarios/memoryPoint.js";
import type { ThroughputResult } from "../scenarios/throughput.js";
import { fixed, mebibytes, ratio, table } from "./format.js";
import type { BenchResults } from "./results.js";

/** One server's memory point, from its run with the median RSS at the load's sockets. */
export interface ServerMemory {
  key: string;
  label: string;
  memory: MemoryPoint;
  /** The same run's peak RSS while typing (from /proc, no forced GC). */
  peakRssBytes: number;
  /** RSS at the sockets in every run that measured it, in run order. */
  everyRun: number[];
}

const measured = (t: ThroughputResult): MemoryPoint | undefined => (t.memory && "atStart" in t.memory ? t.memory : undefined);

/** Per server of a load with a memory point: the run with the median RSS at its sockets (none when no run measured it). */
export function serverMemories(load: BenchResults["throughput"][number]): ServerMemory[] {
  return load.runs.flatMap((runs) => {
    const withMemory = runs.filter((t) => measured(t));
    if (withMemory.length === 0) return [];
    const sorted = [...withMemory].sort((a, b) => measured(a)!.atSockets.rss - measured(b)!.atSockets.rss);
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    return [
      {
        key: median.key,
        label: median.label,
        memory: measured(median)!,
        peakRssBytes: median.outcome!.server.peakRssBytes,
        everyRun: withMemory.map((t) => measured(t)!.atSockets.rss),
      },
    ];
  });
}

/** "RSS (anonymous / file-backed)". */
const resident = (m: MemoryReading) => `${mebibytes(m.rss)} (${mebibytes(m.rssAnon)} / ${mebibytes(m.rssFile)})`;

function memoryRow(s: ServerMemory, reference: ServerMemory | undefined): string[] {
  const { atStart, atSockets, sockets } = s.memory;
  return [
    s.label,
    resident(atStart),
    mebibytes(atStart.heapUsed),
    resident(atSockets),
    mebibytes(atSockets.heapUsed),
    mebibytes(atSockets.code),
    `${mebibytes(atSockets.external)} (${mebibytes(atSockets.arrayBuffers)})`,
    fixed((atSockets.rss - atStart.rss) / sockets / 1024, 0),
    mebibytes(s.peakRssBytes),
    ratio(atSockets.rss, reference?.memory.atSockets.rss),
    ratio(s.peakRssBytes, reference?.peakRssBytes),
  ];
}

/**
 * Where each server's memory is, right after start and with the load's
 * sockets open once typing has stopped (after a forced GC both times), and
 * every run's RSS at the sockets; empty when the load had no memory point.
 */
export function memorySection(load: BenchResults["throughput"][number]): string[] {
  if (!load.load.memoryPoint) return [];
  const servers = serverMemories(load);
  const failures = load.results.filter((t) => t.memory && "error" in t.memory).map((t) => `- ${t.label}: memory not read: ${(t.memory as { error: string }).error}`);
  if (servers.length === 0) return ["", "Memory could not be read.", ...failures];
  const reference = servers.find((s) => s.key === "reference");
  const sockets = servers[0].memory.sockets.toLocaleString("en-US");
  return [
    "",
    `Memory (MB) right after start and with all ${sockets} sockets open once typing had stopped and every delivery arrived, each after a forced GC ` +
      "(`process.memoryUsage()` and V8's code statistics, read through the server's inspector; RSS split into anonymous and file-backed pages " +
      "from /proc); each server's run with the median RSS at the sockets:",
    "",
    table(
      [
        "Server",
        "after start: RSS (anon / file)",
        "V8 heap used",
        `${sockets} sockets: RSS (anon / file)`,
        "V8 heap used",
        "of which code",
        "external (array buffers)",
        "KB per socket (RSS)",
        "peak RSS while typing",
        "RSS vs reference",
        "peak RSS vs reference",
      ],
      servers.map((s) => memoryRow(s, reference)),
    ),
    "",
    `RSS at ${sockets} sockets in every run: ${servers.map((s) => `${s.label} ${s.everyRun.map(mebibytes).join(", ")} MB`).join("; ")}.`,
    ...failures,
  ];
}
