import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { inject } from "vitest";
import { openDatabase, type Database } from "../../db/client.js";
import { TEMPLATE_DATABASE } from "./globalSetup.js";

/** A URL for a fresh, migrated database of its own on the test server. */
export async function createTestDatabaseUrl(): Promise<string> {
  const adminUrl = inject("adminDatabaseUrl");
  const name = `test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { onnotice: () => {}, max: 1 });
  await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh migrated database, opened. */
export async function createTestDatabase(): Promise<Database & { url: string }> {
  const url = await createTestDatabaseUrl();
  return { ...(await openDatabase({ url, dataDir: "" })), url };
}
