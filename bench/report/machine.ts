import { readFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem } from "node:os";

/** Where and with what a run happened. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  ramGb: number;
  node: string;
  kernel: string;
  /** 1-minute load average when the run started (other work on the machine shows here). */
  loadAverage: number;
  versions: Record<string, string>;
}

/** The installed version of a package (read from node_modules: not every package exports its package.json). */
function versionOf(pkg: string): string {
  try {
    const file = new URL(`../../node_modules/${pkg}/package.json`, import.meta.url);
    return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
}

/** Reads the machine's description and the versions of the servers compared. */
export function describeMachine(): MachineInfo {
  const all = cpus();
  return {
    cpuModel: all[0]?.model.trim() ?? "unknown",
    cores: all.length,
    ramGb: totalmem() / 2 ** 30,
    node: process.version,
    kernel: release(),
    loadAverage: loadavg()[0],
    versions: {
      yjs: versionOf("yjs"),
      "y-websocket (client)": versionOf("y-websocket"),
      "@y/websocket-server (reference)": versionOf("y-websocket-server-ref"),
      "@hocuspocus/server": versionOf("@hocuspocus/server"),
      "@hocuspocus/provider": versionOf("@hocuspocus/provider"),
    },
  };
}

/** The 1-minute load average now. */
export function currentLoadAverage(): number {
  return loadavg()[0];
}
