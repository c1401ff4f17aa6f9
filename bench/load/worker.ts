import { monitorEventLoopDelay } from "node:perf_hooks";
import { checkConvergence } from "./convergence.js";
import { connectFleet, startTyping } from "./fleet.js";
import { LatencyBook } from "./latencyBook.js";
import { CONTINUE_MESSAGE, type GeneratorMessage, type LoadPlan, type LoadReport } from "./plan.js";

/** Sampling interval of the event-loop delay monitor, in ms (subtracted from what it records). */
const LOOP_RESOLUTION_MS = 10;
/** How often the drain checks whether every delivery has arrived. */
const DRAIN_POLL_MS = 50;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const tell = (message: GeneratorMessage) => void process.send!(message);
const orchestratorSays = (expected: string) =>
  new Promise<void>((resolve) => {
    const listen = (message: unknown) => {
      if (message !== expected) return;
      process.off("message", listen);
      resolve();
    };
    process.on("message", listen);
  });

/**
 * The load generator, a process of its own (started by the orchestrator,
 * pinned to its own core): connects the fleet, types through warm-up and
 * the measurement window, drains late deliveries (and acknowledgements),
 * optionally waits with every socket open while the orchestrator reads the
 * server's memory, checks convergence.
 */
async function run(plan: LoadPlan): Promise<LoadReport> {
  const book = new LatencyBook();
  const connectStart = performance.now();
  const clients = await connectFleet(plan, book);
  const connectMs = performance.now() - connectStart;
  const stopTyping = startTyping(clients, plan.charsPerSecond);
  await sleep(plan.warmupMs);

  const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  const cpuBefore = process.cpuUsage();
  loop.enable();
  book.openWindow();
  tell({ type: "window-start" });
  await sleep(plan.measureMs);
  const windowMs = book.closeWindow();
  loop.disable();
  const cpu = process.cpuUsage(cpuBefore);
  tell({ type: "window-end" });
  stopTyping();

  const drainUntil = performance.now() + plan.drainMs;
  while (!book.complete && performance.now() < drainUntil) await sleep(DRAIN_POLL_MS);
  if (plan.holdWhenDrained) {
    const resumed = orchestratorSays(CONTINUE_MESSAGE);
    tell({ type: "drained" });
    await resumed;
  }
  const convergence = await checkConvergence(plan.endpoints[0], clients);
  const dropped = clients.filter((c) => c.dropped()).length;
  clients.forEach((c) => c.close());
  return {
    sockets: clients.length,
    connectMs,
    latency: book.all.serialize(),
    stockLatency: book.stock.serialize(),
    crossNodeLatency: book.crossNode.serialize(),
    durableLatency: book.durable.serialize(),
    typed: book.typed,
    delivered: book.delivered,
    expectedDeliveries: book.expectedDeliveries,
    acknowledged: book.acknowledged,
    expectedAcks: book.expectedAcks,
    windowMs,
    cpuPercent: (100 * (cpu.user + cpu.system)) / 1000 / windowMs,
    loopDelayP99Ms: Math.max(0, loop.percentile(99) / 1e6 - LOOP_RESOLUTION_MS),
    loopDelayMaxMs: Math.max(0, loop.max / 1e6 - LOOP_RESOLUTION_MS),
    droppedSockets: dropped,
    convergedRooms: convergence.converged,
    checkedRooms: convergence.checked,
    convergenceProblems: convergence.problems,
  };
}

// Every stock y-websocket provider adds a process "exit" listener; hundreds are expected here.
process.setMaxListeners(0);

process.once("message", async (plan: LoadPlan) => {
  let message: GeneratorMessage;
  try {
    message = { type: "result", report: await run(plan) };
  } catch (error) {
    message = { type: "error", message: (error as Error).stack ?? String(error) };
  }
  // Stock providers keep timers running: exit once the answer is out.
  process.send!(message, () => process.exit(0));
});
