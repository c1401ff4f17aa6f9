import { randomBytes } from "node:crypto";
import { openDatabase } from "../../db/client.js";
import { addMember, createForum, createTestMeeting, createUser, TEST_PASSWORD } from "../../tests/helpers/factories.js";
import { freePort } from "../../tests/helpers/postgresServer.js";
import { spawnServer } from "../../tests/helpers/serverProcess.js";
import type { BenchPostgres } from "./postgres.js";
import { describeStorageWork } from "./oursMetrics.js";
import { inspectEnv, stopProcess } from "./process.js";
import type { BenchTarget, TargetOptions } from "./types.js";

/** How many meetings are created at once while preparing rooms. */
const CREATE_CONCURRENCY = 8;

/** A fresh migrated database holding one forum, one secretary who may edit, and `rooms` meetings. */
async function prepareDatabase(url: string, rooms: number): Promise<{ email: string; documentIds: string[] }> {
  const database = await openDatabase({ url, dataDir: "" });
  try {
    await database.migrate();
    const forum = await createForum(database.db);
    const secretary = await createUser(database.db, { name: "Bench Sekretær" });
    await addMember(database.db, forum.id, secretary.id, "secretariat");
    const documentIds: string[] = [];
    for (let i = 0; i < rooms; i += CREATE_CONCURRENCY) {
      const batch = Array.from({ length: Math.min(CREATE_CONCURRENCY, rooms - i) }, () => createTestMeeting(database.db, forum.id));
      for (const meeting of await Promise.all(batch)) documentIds.push(meeting.documentId);
    }
    return { email: secretary.email, documentIds };
  } finally {
    await database.close();
  }
}

async function login(baseUrl: string, email: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  const cookie = /session=[^;]+/.exec(res.headers.get("set-cookie") ?? "")?.[0];
  if (res.status !== 200 || !cookie) throw new Error(`bench login failed: ${res.status} ${await res.text()}`);
  return cookie;
}

/**
 * Mødebord's own server as a separate process (`server/main.ts`, production
 * settings) over its own database on the benchmark's PostgreSQL, with
 * `rooms` meeting documents and a logged-in secretary who may edit them all.
 */
export async function startOurs(pg: BenchPostgres, rooms: number, options: TargetOptions = {}): Promise<BenchTarget & { databaseUrl: string; cookie: string }> {
  const databaseUrl = await pg.createDatabase(`bench_ours_${randomBytes(4).toString("hex")}`);
  const { email, documentIds } = await prepareDatabase(databaseUrl, rooms);
  const server = await spawnServer({ DATABASE_URL: databaseUrl, ...inspectEnv(options) }, await freePort());
  const cookie = await login(server.url, email).catch(async (error: Error) => {
    await stopProcess(server.child, server.exited);
    throw error;
  });
  return {
    endpoint: { dialect: "y-websocket", baseUrl: server.url, headers: { cookie, origin: server.url }, durableAcks: true },
    rooms: documentIds,
    pid: server.child.pid!,
    inspectPort: options.inspectPort,
    databasePids: pg.pids,
    databaseUrl,
    cookie,
    diagnostics: () => describeStorageWork(server.url),
    stop: () => stopProcess(server.child, server.exited),
  };
}
