import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { freePort } from "../../tests/helpers/postgresServer.js";
import { inspectEnv, spawnNode, stopProcess, waitForHttp } from "./process.js";
import type { BenchTarget, TargetOptions } from "./types.js";

/** The reference server's own entry point: `@y/websocket-server` 0.1.1, the last release on Yjs 13. */
function referenceServerScript(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("y-websocket-server-ref/package.json")), "src", "server.js");
}

/**
 * The y-websocket reference server run as shipped (its `bin`), in memory
 * only: no persistence, no auth. Any room name works; the room of
 * ws://host:port/sync/room-0 is named "sync/room-0", which is harmless.
 */
export async function startReference(rooms: number, options: TargetOptions = {}): Promise<BenchTarget> {
  const port = await freePort();
  const spawned = spawnNode([referenceServerScript()], { HOST: "127.0.0.1", PORT: String(port), ...inspectEnv(options) });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(url, spawned);
  return {
    endpoint: { dialect: "y-websocket", baseUrl: url, headers: {} },
    rooms: Array.from({ length: rooms }, (_, i) => `room-${i}`),
    pid: spawned.child.pid!,
    inspectPort: options.inspectPort,
    databasePids: () => [],
    stop: () => stopProcess(spawned.child, spawned.exited),
  };
}
