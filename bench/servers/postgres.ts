import { readFileSync, readdirSync } from "node:fs";
import postgres from "postgres";
import { startPostgres, type PostgresServer } from "../../tests/helpers/postgresServer.js";
import { childPids } from "../measure/procStats.js";

/** The throwaway PostgreSQL the durable servers write to. */
export interface BenchPostgres {
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** The server's `fsync` setting, as reported by SHOW fsync. */
  fsync: string;
  /** The postmaster and its backends, for CPU accounting. */
  pids(): number[];
  stop(): Promise<void>;
}

function postmasterPid(port: number): number {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      const p = argv.indexOf("-p");
      if (argv[0].endsWith("/postgres") && p > 0 && argv[p + 1] === String(port)) return Number(entry);
    } catch {
      // gone while listing
    }
  }
  throw new Error(`no postmaster found on port ${port}`);
}

/**
 * Starts PostgreSQL with the test helper, on whatever cores the calling
 * process is pinned to, with fsync on: commits reach the disk, as in
 * production. The setting is reported with the results.
 */
export async function startBenchPostgres(): Promise<BenchPostgres> {
  const server: PostgresServer = await startPostgres({ fsync: true });
  const admin = postgres(server.url, { onnotice: () => {}, max: 1 });
  let fsync: string;
  let postmaster: number;
  try {
    [{ fsync }] = await admin.unsafe("SHOW fsync");
    postmaster = postmasterPid(Number(new URL(server.url).port));
  } catch (error) {
    await admin.end({ timeout: 1 });
    server.stop();
    throw error;
  }
  return {
    fsync,
    async createDatabase(name) {
      await admin.unsafe(`CREATE DATABASE ${name}`);
      const url = new URL(server.url);
      url.pathname = `/${name}`;
      return url.toString();
    },
    pids: () => [postmaster, ...childPids(postmaster)],
    async stop() {
      await admin.end({ timeout: 1 });
      server.stop();
    },
  };
}
