import { spawn, type ChildProcess } from "node:child_process";
import { inspectorOption } from "../measure/inspector.js";
import type { TargetOptions } from "./types.js";

/** Longest a server gets to shut down after SIGTERM before it is killed. */
const STOP_TIMEOUT_MS = 15_000;

/** Stops a server process: SIGTERM, then SIGKILL if it has not exited in time. */
export async function stopProcess(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** A spawned server process and a promise of its exit. */
export interface Spawned {
  child: ChildProcess;
  exited: Promise<number | null>;
  output(): string;
}

/** Environment that opens a Node process's inspector, when asked for. */
export function inspectEnv(options: TargetOptions): Record<string, string> {
  if (options.inspectPort === undefined) return {};
  return { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} ${inspectorOption(options.inspectPort)}`.trim() };
}

/** Spawns a Node process (inheriting this process's CPU affinity) and collects its output. */
export function spawnNode(args: string[], env: Record<string, string>): Spawned {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d) => (output = (output + d).slice(-20_000)));
  child.stderr!.on("data", (d) => (output = (output + d).slice(-20_000)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Resolves once `url` answers HTTP (any status); kills the process and throws if it exits or 30 s pass. */
export async function waitForHttp(url: string, spawned: Spawned): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (spawned.child.exitCode !== null) throw new Error(`server exited during start:\n${spawned.output()}`);
    try {
      await fetch(url);
      return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      spawned.child.kill("SIGKILL");
      throw new Error(`server did not start:\n${spawned.output()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
