import { WebSocket } from "ws";

/** Longest wait for one inspector command. */
const COMMAND_TIMEOUT_MS = 30_000;

/** The NODE_OPTIONS value that opens a process's inspector on a loopback port. */
export function inspectorOption(port: number): string {
  return `--inspect=127.0.0.1:${port}`;
}

/**
 * Forces a full garbage collection in another Node process through its
 * inspector (started with {@link inspectorOption}) and returns the V8 heap
 * then in use, in bytes. Lets memory be read without the noise of garbage
 * that simply has not been collected yet.
 */
export async function collectAndReadHeap(port: number): Promise<number> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const socket = new WebSocket(targets[0].webSocketDebuggerUrl);
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  let nextId = 1;
  const call = (method: string) =>
    new Promise<Record<string, number>>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error(`inspector ${method} timed out`)), COMMAND_TIMEOUT_MS);
      const onMessage = (data: Buffer) => {
        const message = JSON.parse(data.toString()) as { id?: number; result?: Record<string, number>; error?: { message: string } };
        if (message.id !== id) return;
        socket.off("message", onMessage);
        clearTimeout(timer);
        if (message.error) reject(new Error(message.error.message));
        else resolve(message.result ?? {});
      };
      socket.on("message", onMessage);
      socket.send(JSON.stringify({ id, method }));
    });
  try {
    // Twice: the first pass can leave objects that only die in the next (weak refs, finalizers).
    await call("HeapProfiler.collectGarbage");
    await call("HeapProfiler.collectGarbage");
    return (await call("Runtime.getHeapUsage")).usedSize;
  } finally {
    socket.close();
  }
}
