import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { generatorPrefix } from "../measure/cpuPinning.js";
import { cpus } from "node:os";
import { MachineSampler, ProcessSampler, type ProcessUsage } from "../measure/procStats.js";
import type { BenchTarget } from "../servers/types.js";
import type { GeneratorMessage, LoadPlan, LoadReport } from "./plan.js";

const workerScript = fileURLToPath(new URL("./worker.ts", import.meta.url));
/** Time allowed beyond the plan's own phases (connecting, convergence check) before the generator is killed. */
const SLACK_MS = 180_000;

/** A generator's report with the server's and database's usage over the same window. */
export interface LoadOutcome {
  report: LoadReport;
  server: ProcessUsage;
  database: ProcessUsage;
  /** CPU used during the window by everything else on the machine (other people's work), in percent of one core. */
  foreignCpuPercent: number;
}

/**
 * Runs one load against a target (all its rooms): starts the generator process on its own
 * core, samples the server (and its database) during the generator's
 * measurement window, and returns both sides' numbers.
 */
export function runLoad(target: BenchTarget, plan: Omit<LoadPlan, "endpoint" | "rooms">): Promise<LoadOutcome> {
  const [command, ...prefix] = [...generatorPrefix(), process.execPath];
  const child = spawn(command, [...prefix, "--import", "tsx", workerScript], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const server = new ProcessSampler(() => [target.pid]);
  const database = new ProcessSampler(() => target.databasePids());
  const machine = new MachineSampler();
  let machineBusy = 0;
  let serverUsage: ProcessUsage | undefined;
  let databaseUsage: ProcessUsage | undefined;
  const budget = plan.warmupMs + plan.measureMs + plan.drainMs + SLACK_MS;
  return new Promise<LoadOutcome>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`load generator did not finish within ${budget} ms`));
    }, budget);
    child.on("message", (message: GeneratorMessage) => {
      if (message.type === "window-start") {
        server.start();
        database.start();
        machine.restart();
      } else if (message.type === "window-end") {
        machineBusy = machine.busyPercent(cpus().length);
        serverUsage = server.stop();
        databaseUsage = database.stop();
      } else {
        clearTimeout(timer);
        if (message.type === "error") reject(new Error(`load generator failed: ${message.message}`));
        else if (!serverUsage || !databaseUsage) reject(new Error("load generator reported without a measurement window"));
        else {
          const ours = serverUsage.cpuPercent + databaseUsage.cpuPercent + message.report.cpuPercent;
          resolve({ report: message.report, server: serverUsage, database: databaseUsage, foreignCpuPercent: Math.max(0, machineBusy - ours) });
        }
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`load generator exited with ${code} before reporting`));
    });
    const full: LoadPlan = { ...plan, endpoint: target.endpoint, rooms: target.rooms };
    child.send(full);
  });
}
