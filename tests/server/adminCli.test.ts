import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client.js";
import { clusterAdmins, clusters, users } from "../../db/schema/index.js";
import { verifyPassword } from "../../server/auth/password.js";
import { createTestDatabaseUrl } from "../helpers/database.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = (args: string[], env: Record<string, string>) =>
  run(process.execPath, ["--import", "tsx", "server/cli/admin.ts", ...args], { cwd: root, env: { ...process.env, ...env } });

describe("npm run admin", () => {
  it("creates the first administrator of a cluster", async () => {
    const url = await createTestDatabaseUrl();
    const { stdout } = await cli(["--email", "Admin@Test.invalid", "--name", "Første Admin", "--cluster", "Sundhedsklynge Syd"], { DATABASE_URL: url, ADMIN_PASSWORD: "meget-hemmelig" });
    expect(stdout).toContain("admin@test.invalid administrerer nu Sundhedsklynge Syd.");
    const database = await openDatabase({ url, dataDir: "" });
    try {
      const [user] = await database.db.select().from(users).where(eq(users.email, "admin@test.invalid"));
      expect(await verifyPassword(user.passwordHash, "meget-hemmelig")).toBe(true);
      const admins = await database.db.select({ cluster: clusters.name }).from(clusterAdmins).innerJoin(clusters, eq(clusters.id, clusterAdmins.clusterId)).where(eq(clusterAdmins.userId, user.id));
      expect(admins).toEqual([{ cluster: "Sundhedsklynge Syd" }]);
    } finally {
      await database.close();
    }
  });

  it("refuses missing arguments and a short password with usage help", async () => {
    const url = await createTestDatabaseUrl();
    const failure = await cli(["--email", "x@test.invalid"], { DATABASE_URL: url, ADMIN_PASSWORD: "kort" }).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain("Brug: npm run admin");
    expect((failure as { stderr: string }).stderr).toContain("ADMIN_PASSWORD skal være mindst 10 tegn.");
  });
});
