import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CLIENT_DIST } from "./routes/client.js";

const root = fileURLToPath(new URL("..", import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when the built client is missing or older than its sources. */
export function clientBuildIsStale(): boolean {
  const index = join(CLIENT_DIST, "index.html");
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return ["client", "shared"].some((dir) => newestMtime(join(root, dir)) > built);
}

/** Builds the client with Vite when it is missing or stale. */
export async function ensureClientBuilt(): Promise<void> {
  if (!clientBuildIsStale()) return;
  process.stdout.write("Bygger klienten …\n");
  const { build } = await import("vite");
  // Under the test runner NODE_ENV is "test"; the served client must be a production build whoever builds it.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ configFile: join(root, "vite.config.ts"), logLevel: "warn", mode: "production" });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
