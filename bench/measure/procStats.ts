import { readFileSync, readdirSync } from "node:fs";

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ; 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcTimes {
  cpuTicks: number;
  rssBytes: number;
}

function readProc(pid: number): ProcTimes | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which may itself contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const cpuTicks = Number(fields[11]) + Number(fields[12]);
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { cpuTicks, rssBytes: rssKb * 1024 };
  } catch {
    return null; // the process has ended
  }
}

/** Resident set size of a process in bytes (0 when it has ended). */
export function rssOf(pid: number): number {
  return readProc(pid)?.rssBytes ?? 0;
}

/** Resident memory of a process split by kind, in bytes: anonymous (heaps, malloc) and file-backed (the binary, libraries, mapped files). */
export function residentSplit(pid: number): { anon: number; file: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
    return { anon: kb("RssAnon"), file: kb("RssFile") + kb("RssShmem") };
  } catch {
    return { anon: 0, file: 0 }; // the process has ended
  }
}

/** The pids whose parent is `pid` (e.g. the backends of a postmaster). */
export function childPids(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) children.push(Number(entry));
    } catch {
      // gone while listing
    }
  }
  return children;
}

/** CPU and memory of a group of processes over a measurement window. */
export interface ProcessUsage {
  /** CPU time over wall time, in percent of one core. */
  cpuPercent: number;
  /** Largest summed RSS seen, in bytes. */
  peakRssBytes: number;
}

/**
 * Samples a group of processes once a second from /proc: CPU time between
 * start and stop, and the peak of their summed RSS. `pids` is re-read at
 * each sample so processes that appear later (database backends) count.
 */
export class ProcessSampler {
  private startTicks = new Map<number, number>();
  private lastTicks = new Map<number, number>();
  private startedAt = 0;
  private peak = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly pids: () => number[]) {}

  start(): void {
    this.startedAt = performance.now();
    this.sample(true);
    this.timer = setInterval(() => this.sample(false), 1000);
  }

  stop(): ProcessUsage {
    clearInterval(this.timer);
    this.sample(false);
    const seconds = (performance.now() - this.startedAt) / 1000;
    let ticks = 0;
    for (const [pid, last] of this.lastTicks) ticks += last - (this.startTicks.get(pid) ?? 0);
    return { cpuPercent: (100 * ticks) / TICKS_PER_SECOND / seconds, peakRssBytes: this.peak };
  }

  private sample(first: boolean): void {
    let rss = 0;
    for (const pid of this.pids()) {
      const proc = readProc(pid);
      if (!proc) continue;
      // A process first seen mid-window counts from zero: its CPU was all spent in the window.
      if (first) this.startTicks.set(pid, proc.cpuTicks);
      this.lastTicks.set(pid, proc.cpuTicks);
      rss += proc.rssBytes;
    }
    this.peak = Math.max(this.peak, rss);
  }
}

/** CPU ticks of the whole machine so far: spent in processes (user, nice, system), and all. */
function machineTicks(): { busy: number; total: number } {
  const [, ...values] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
  // user nice system idle iowait irq softirq steal guest guest_nice; guest time is already in user.
  const [user, nice, system, idle, iowait, irq, softirq, steal] = values.map(Number);
  return { busy: user + nice + system, total: user + nice + system + idle + iowait + irq + softirq + steal };
}

/**
 * Measures how much CPU the machine's processes used between restart() and
 * busyPercent(), in percent of one core. Interrupt and steal time are left
 * out, so the result compares with per-process times from /proc/<pid>/stat.
 */
export class MachineSampler {
  private start = machineTicks();

  restart(): void {
    this.start = machineTicks();
  }

  /** Busy CPU since the last (re)start, in percent of one core (up to 100 × cores). */
  busyPercent(cores: number): number {
    const now = machineTicks();
    const total = now.total - this.start.total;
    return total > 0 ? (100 * cores * (now.busy - this.start.busy)) / total : 0;
  }
}
