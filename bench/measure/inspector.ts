import { WebSocket } from "ws";

/** Longest wait for one inspector command. */
const COMMAND_TIMEOUT_MS = 30_000;

/** The NODE_OPTIONS value that opens a process's inspector on a loopback port. */
export function inspectorOption(port: number): string {
  return `--inspect=127.0.0.1:${port}`;
}

type Call = (method: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** Opens the inspector of another Node process, runs `use` with a command function, closes it. */
async function withInspector<T>(port: number, use: (call: Call) => Promise<T>): Promise<T> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const socket = new WebSocket(targets[0].webSocketDebuggerUrl);
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  let nextId = 1;
  const call: Call = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error(`inspector ${method} timed out`)), COMMAND_TIMEOUT_MS);
      const onMessage = (data: Buffer) => {
        const message = JSON.parse(data.toString()) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
        if (message.id !== id) return;
        socket.off("message", onMessage);
        clearTimeout(timer);
        if (message.error) reject(new Error(message.error.message));
        else resolve(message.result ?? {});
      };
      socket.on("message", onMessage);
      socket.send(JSON.stringify({ id, method, params }));
    });
  try {
    return await use(call);
  } finally {
    socket.close();
  }
}

// Twice: the first pass can leave objects that only die in the next (weak refs, finalizers).
async function collectGarbage(call: Call): Promise<void> {
  await call("HeapProfiler.collectGarbage");
  await call("HeapProfiler.collectGarbage");
}

/**
 * Forces a full garbage collection in another Node process through its
 * inspector (started with {@link inspectorOption}) and returns the V8 heap
 * then in use, in bytes. Lets memory be read without the noise of garbage
 * that simply has not been collected yet.
 */
export async function collectAndReadHeap(port: number): Promise<number> {
  return withInspector(port, async (call) => {
    await collectGarbage(call);
    return (await call("Runtime.getHeapUsage")).usedSize as number;
  });
}

/** Where a process's memory is, in bytes, after a forced GC (`process.memoryUsage()` and V8's code statistics). */
export interface MemoryReading {
  rss: number;
  /** V8 heap reserved, and in use. */
  heapTotal: number;
  heapUsed: number;
  /** Compiled code, bytecode and their metadata: part of heapUsed. */
  code: number;
  /** Memory of C++ objects bound to JavaScript ones (Buffers, ArrayBuffers among them), outside the V8 heap. */
  external: number;
  arrayBuffers: number;
}

// Evaluated in the inspected process: process.getBuiltinModule exists from Node 20.16, and works in ESM processes too.
const READ_MEMORY = `JSON.stringify((() => {
  const usage = process.memoryUsage();
  const code = process.getBuiltinModule("node:v8").getHeapCodeStatistics();
  return { rss: usage.rss, heapTotal: usage.heapTotal, heapUsed: usage.heapUsed, external: usage.external, arrayBuffers: usage.arrayBuffers,
    code: code.code_and_metadata_size + code.bytecode_and_metadata_size };
})())`;

/** Forces a full GC in another Node process through its inspector and reads where its memory is. */
export async function collectAndReadMemory(port: number): Promise<MemoryReading> {
  return withInspector(port, async (call) => {
    await collectGarbage(call);
    const { result } = (await call("Runtime.evaluate", { expression: READ_MEMORY, returnByValue: true })) as { result: { value?: string } };
    if (typeof result.value !== "string") throw new Error("the process did not report its memory");
    return JSON.parse(result.value) as MemoryReading;
  });
}
