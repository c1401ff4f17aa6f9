import { freePort } from "../../tests/helpers/postgresServer.js";
import { spawnServer, type ServerProcess } from "../../tests/helpers/serverProcess.js";
import { describeStorageWork } from "./oursMetrics.js";
import { startOurs } from "./ours.js";
import type { BenchPostgres } from "./postgres.js";
import { stopProcess } from "./process.js";
import type { BenchTarget } from "./types.js";

/**
 * Our server as `nodes` processes on one database of the benchmark's
 * PostgreSQL: one service with no setting beyond the shared DATABASE_URL
 * (each process has its own data directory, hence its own journal). The
 * first node is the target's endpoint; the others are its `otherNodes`,
 * and the load splits every room's sockets over all of them. A session
 * lives in the database, so one login serves every node.
 */
export async function startOursNodes(pg: BenchPostgres, rooms: number, nodes: number): Promise<BenchTarget> {
  const first = await startOurs(pg, rooms);
  const others: ServerProcess[] = [];
  try {
    for (let i = 1; i < nodes; i++) others.push(await spawnServer({ DATABASE_URL: first.databaseUrl }, await freePort()));
  } catch (error) {
    await Promise.all([first.stop(), ...others.map((o) => stopProcess(o.child, o.exited))]);
    throw error;
  }
  const urls = [first.endpoint.baseUrl, ...others.map((o) => o.url)];
  return {
    ...first,
    otherNodes: others.map((o) => ({ endpoint: { ...first.endpoint, baseUrl: o.url, headers: { cookie: first.cookie, origin: o.url } }, pid: o.child.pid! })),
    async diagnostics() {
      const lines = await Promise.all(urls.map(describeStorageWork));
      return lines.map((line, i) => `node ${i + 1}: ${line ?? "no metrics"}`).join("; ");
    },
    stop: async () => {
      await Promise.all([first.stop(), ...others.map((o) => stopProcess(o.child, o.exited))]);
    },
  };
}
