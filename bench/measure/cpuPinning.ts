import { execFileSync } from "node:child_process";
import { cpus } from "node:os";

/** Cores for the server side (servers, PostgreSQL, orchestrator) and for the load generator. */
export const SERVER_CORE = 0;
export const GENERATOR_CORE = 1;

let available: boolean | undefined;

/** True when `taskset` exists and there are at least two cores to split. */
export function canPin(): boolean {
  if (available === undefined) {
    try {
      execFileSync("taskset", ["-V"], { stdio: "ignore" });
      available = cpus().length >= 2;
    } catch {
      available = false;
    }
  }
  return available;
}

/**
 * Pins this process (all its threads) to the server core, so every server
 * and database it starts afterwards inherits that core. Returns false when
 * pinning is not possible here.
 */
export function pinSelfToServerCore(): boolean {
  if (!canPin()) return false;
  execFileSync("taskset", ["-a", "-p", "-c", String(SERVER_CORE), String(process.pid)], { stdio: "ignore" });
  return true;
}

/** The command prefix that runs a program on the generator core (empty when pinning is not possible). */
export function generatorPrefix(): string[] {
  return canPin() ? ["taskset", "-c", String(GENERATOR_CORE)] : [];
}
