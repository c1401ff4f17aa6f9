import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEnv } from "../../server/env.js";
import { startServer, type RunningServer } from "../../server/index.js";
import { createTestDatabaseUrl } from "./database.js";

/** A server on a free port over its own fresh database. */
export interface TestServer extends RunningServer {
  databaseUrl: string;
  /** Performs a request against the server with JSON helpers. */
  request(path: string, init?: RequestInit & { json?: unknown; cookie?: string }): Promise<Response>;
}

/** Starts the real server in-process on port 0 with quick extraction timings. */
export async function startTestServer(overrides: Record<string, string> = {}): Promise<TestServer> {
  const databaseUrl = overrides.DATABASE_URL ?? (await createTestDatabaseUrl());
  const env = loadEnv({
    PORT: "0",
    HOST: "127.0.0.1",
    SEED_DEMO: "false",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "error",
    EXTRACT_DEBOUNCE_MS: "100",
    EXTRACT_MAX_WAIT_MS: "500",
    // A route that forgets its access-log entry, or an entry that cannot be written, fails the test.
    ACCESS_LOG_STRICT: "true",
    // Many tests write block rows by hand that their stored documents do not hold; the periodic catch-up
    // would rewrite them at a moment of its choosing. Tests of the catch-up set their own poll.
    EXTRACT_POLL_MS: "600000",
    // Each server has a journal of its own: they run side by side.
    DATA_DIR: mkdtempSync(join(tmpdir(), "moedebord-test-")),
    ...overrides,
    DATABASE_URL: databaseUrl,
  });
  const server = await startServer(env);
  return {
    ...server,
    databaseUrl,
    request(path, init = {}) {
      const headers = new Headers(init.headers);
      if (init.cookie) headers.set("cookie", init.cookie);
      let body = init.body;
      if (init.json !== undefined) {
        headers.set("content-type", "application/json");
        body = JSON.stringify(init.json);
      }
      return fetch(`${server.url}${path}`, { ...init, headers, body });
    },
  };
}
