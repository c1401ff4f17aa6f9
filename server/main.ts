import { DEMO_LOGINS, DEMO_PASSWORD } from "./demo/seed.js";
import { loadEnv } from "./env.js";
import { startServer } from "./index.js";

/** Runs the server until SIGINT/SIGTERM, then shuts down without losing a write. */
export async function main(): Promise<void> {
  const env = loadEnv();
  const server = await startServer(env);
  process.stdout.write(`\nMødebord kører på ${server.url}\n`);
  if (!env.DATABASE_URL) {
    process.stdout.write(`Database: indlejret PGlite i ${env.DATA_DIR} (til afprøvning; sæt DATABASE_URL i drift)\n`);
  }
  if (env.SEED_DEMO) {
    process.stdout.write(`\nDemo-logins (adgangskode: ${DEMO_PASSWORD}):\n`);
    for (const login of DEMO_LOGINS) process.stdout.write(`  ${login.email.padEnd(28)} ${login.role}\n`);
  }
  process.stdout.write("\n");

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
