import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { freePort } from "../../tests/helpers/postgresServer.js";
import type { BenchPostgres } from "./postgres.js";
import { inspectEnv, spawnNode, stopProcess, waitForHttp } from "./process.js";
import type { BenchTarget, TargetOptions } from "./types.js";

const script = fileURLToPath(new URL("./hocuspocusMain.ts", import.meta.url));

/** Hocuspocus 3.4 (the last line that runs on Node 20) with its Database extension on the benchmark's PostgreSQL. */
export async function startHocuspocus(pg: BenchPostgres, rooms: number, options: TargetOptions = {}): Promise<BenchTarget> {
  const databaseUrl = await pg.createDatabase(`bench_hocuspocus_${randomBytes(4).toString("hex")}`);
  const port = await freePort();
  const spawned = spawnNode(["--import", "tsx", script], { PORT: String(port), DATABASE_URL: databaseUrl, ...inspectEnv(options) });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(url, spawned);
  return {
    endpoint: { dialect: "hocuspocus", baseUrl: url, headers: {} },
    rooms: Array.from({ length: rooms }, (_, i) => `room-${i}`),
    pid: spawned.child.pid!,
    inspectPort: options.inspectPort,
    databasePids: pg.pids,
    stop: () => stopProcess(spawned.child, spawned.exited),
  };
}
