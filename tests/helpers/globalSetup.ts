import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../db/client.js";
import { ensureClientBuilt } from "../../server/clientBuild.js";
import { startPostgres } from "./postgresServer.js";

/** The database every test database is cloned from: migrated once per run. */
export const TEMPLATE_DATABASE = "moedebord_template";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

/**
 * Builds the client when stale, starts a real PostgreSQL server for the run
 * (or uses TEST_DATABASE_URL) and migrates a template database that each
 * test file clones.
 */
export default async function setup(project: TestProject) {
  // Built once here: browser test files running in parallel must not rebuild it under each other.
  await ensureClientBuilt();
  const server = process.env.TEST_DATABASE_URL ? undefined : await startPostgres();
  const adminUrl = process.env.TEST_DATABASE_URL ?? server!.url;
  const admin = postgres(adminUrl, { onnotice: () => {}, max: 1 });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  await admin.unsafe(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();

  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  const template = await openDatabase({ url: templateUrl.toString(), dataDir: "" });
  await template.migrate();
  await template.close();

  project.provide("adminDatabaseUrl", adminUrl);
  return () => server?.stop();
}
