import { Database } from "@hocuspocus/extension-database";
import { Server } from "@hocuspocus/server";
import postgres from "postgres";

/**
 * Hocuspocus as its documentation sets it up: `Server` with the Database
 * extension storing each document's full state in PostgreSQL (on its
 * default store debounce of 2 s, at most 10 s). Run as its own process:
 * `node --import tsx bench/servers/hocuspocusMain.ts` with PORT and DATABASE_URL.
 */
async function main(): Promise<void> {
  const sql = postgres(process.env.DATABASE_URL!, { onnotice: () => {}, max: 10 });
  await sql`CREATE TABLE IF NOT EXISTS documents (name text PRIMARY KEY, data bytea NOT NULL)`;
  const server = new Server({
    port: Number(process.env.PORT),
    address: "127.0.0.1",
    quiet: true,
    stopOnSignals: false,
    extensions: [
      new Database({
        fetch: async ({ documentName }) => {
          const [row] = await sql<{ data: Uint8Array }[]>`SELECT data FROM documents WHERE name = ${documentName}`;
          return row ? new Uint8Array(row.data) : null;
        },
        store: async ({ documentName, state }) => {
          await sql`INSERT INTO documents (name, data) VALUES (${documentName}, ${state})
                    ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data`;
        },
      }),
    ],
  });
  await server.listen();
  const stop = async () => {
    await server.destroy();
    await sql.end({ timeout: 5 });
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
