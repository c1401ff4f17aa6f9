import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client.js";
import { clusterAdmins, clusters, regionAdmins, regions, users } from "../../db/schema/index.js";
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
    expect(stdout).toContain("admin@test.invalid administrerer nu Sundhedsklynge Syd og Region Nordjylland.");
    const database = await openDatabase({ url, dataDir: "" });
    try {
      const [user] = await database.db.select().from(users).where(eq(users.email, "admin@test.invalid"));
      expect(await verifyPassword(user.passwordHash, "meget-hemmelig")).toBe(true);
      const admins = await database.db.select({ cluster: clusters.name }).from(clusterAdmins).innerJoin(clusters, eq(clusters.id, clusterAdmins.clusterId)).where(eq(clusterAdmins.userId, user.id));
      expect(admins).toEqual([{ cluster: "Sundhedsklynge Syd" }]);
      const regionsRun = await database.db.select({ region: regions.name }).from(regionAdmins).innerJoin(regions, eq(regions.id, regionAdmins.regionId)).where(eq(regionAdmins.userId, user.id));
      expect(regionsRun).toEqual([{ region: "Region Nordjylland" }]);
    } finally {
      await database.close();
    }
  });

  it("creates a cluster in a named region, and a second admin of the region runs only the cluster", async () => {
    const url = await createTestDatabaseUrl();
    const env = { DATABASE_URL: url, ADMIN_PASSWORD: "meget-hemmelig" };
    await cli(["--email", "a@test.invalid", "--name", "Anne Admin", "--cluster", "Klynge Vest", "--region", "Region Testland"], env);
    const second = await cli(["--email", "b@test.invalid", "--name", "Bo Admin", "--cluster", "Klynge Øst", "--region", "Region Testland"], env);
    expect(second.stdout).toContain("b@test.invalid administrerer nu Klynge Øst.");
    const database = await openDatabase({ url, dataDir: "" });
    try {
      const rows = await database.db.select({ cluster: clusters.name, region: regions.name }).from(clusters).innerJoin(regions, eq(regions.id, clusters.regionId));
      expect(rows.sort((a, b) => a.cluster.localeCompare(b.cluster, "da"))).toEqual([
        { cluster: "Klynge Vest", region: "Region Testland" },
        { cluster: "Klynge Øst", region: "Region Testland" },
      ]);
      expect(await database.db.select().from(regionAdmins)).toHaveLength(1);
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
