import { fileURLToPath } from "node:url";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "./schema/index.js";

/** The drizzle database, whichever driver sits under it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction handle, as passed to `db.transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** An open database with the means to migrate and close it. */
export interface Database {
  db: Db;
  /** "postgres" for a real server, "pglite" for the embedded default. */
  kind: "postgres" | "pglite";
  /**
   * On a real server, one connection of its own for appending to the update
   * log: a group commit never waits for a pooled connection to come free,
   * nor for a new backend to start and warm its caches.
   */
  logConnection?: postgres.Sql;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

/**
 * Opens the database: the `postgres` driver when a URL is given, otherwise
 * PGlite in `dataDir` (the zero-install default for trying the product).
 */
export async function openDatabase(options: { url?: string; dataDir: string }): Promise<Database> {
  if (options.url) {
    const sql = postgres(options.url, { onnotice: () => {}, max: 10 });
    const logConnection = postgres(options.url, { onnotice: () => {}, max: 1 });
    const db = drizzlePostgres(sql, { schema }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      logConnection,
      // Nodes starting together on one database take turns, so the migrations run once.
      migrate: async () => {
        const lock = await sql.reserve();
        try {
          await lock`select pg_advisory_lock(hashtext('moedebord_migrations'))`;
          await migratePostgres(drizzlePostgres(sql, { schema }), { migrationsFolder });
        } finally {
          await lock`select pg_advisory_unlock(hashtext('moedebord_migrations'))`.catch(() => {});
          lock.release();
        }
      },
      close: async () => {
        await Promise.all([sql.end({ timeout: 5 }), logConnection.end({ timeout: 5 })]);
      },
    };
  }
  // Loaded only for the embedded database: PGlite costs tens of MB a server on PostgreSQL should not hold.
  const [{ PGlite }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("drizzle-orm/pglite"),
    import("drizzle-orm/pglite/migrator"),
  ]);
  const client = await PGlite.create(options.dataDir);
  const pglite = drizzlePglite(client, { schema });
  return {
    db: pglite as unknown as Db,
    kind: "pglite",
    migrate: () => migratePglite(pglite, { migrationsFolder }),
    close: () => client.close(),
  };
}
