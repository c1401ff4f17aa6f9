import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { generatorPrefix } from "../measure/cpuPinning.js";
import { cpus } from "node:os";
import { MachineSampler, ProcessSampler, type ProcessUsage } from "../measure/procStats.js";
import type { BenchTarget } from "../servers/types.js";
import { CONTINUE_MESSAGE, type GeneratorMessage, type LoadPlan, type LoadReport } from "./plan.js";

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
 * Runs one load against a target (all its rooms, its clients split over
 * all its nodes): starts the generator process on its own core, samples
 * the server (every node) and its database during the generator's
 * measurement window, and returns both sides' numbers. With `onDrained`,
 * the generator waits after the drain, every socket still open, until the
 * promise it returns settles.
 */
export function runLoad(target: BenchTarget, plan: Omit<LoadPlan, "endpoints" | "rooms">, onDrained?: () => Promise<void>): Promise<LoadOutcome> {
  const [command, ...prefix] = [...generatorPrefix(), process.execPath];
  const child = spawn(command, [...prefix, "--import", "tsx", workerScript], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const others = target.otherNodes ?? [];
  const server = new ProcessSampler(() => [target.pid, ...others.map((n) => n.pid)]);
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
      } else if (message.type === "drained") {
        // A failed reading must not leave the generator waiting; onDrained reports its own failures.
        void Promise.resolve(onDrained?.())
          .catch(() => {})
          .then(() => child.send(CONTINUE_MESSAGE));
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
    const full: LoadPlan = { ...plan, endpoints: [target.endpoint, ...others.map((n) => n.endpoint)], rooms: target.rooms, holdWhenDrained: onDrained !== undefined };
    child.send(full);
  });
}
