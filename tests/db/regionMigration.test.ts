import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";

const migrations = fileURLToPath(new URL("../../db/migrations", import.meta.url));
const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

// The migrations as they stood before the regional model (up to 0015).
function migrationsBeforeRegions(): string {
  const folder = mkdtempSync(join(tmpdir(), "migrations-"));
  folders.push(folder);
  cpSync(migrations, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((e) => e.tag === "0016_region");
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }));
  return folder;
}

async function emptyDatabase() {
  const adminUrl = inject("adminDatabaseUrl");
  const name = `migration_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { onnotice: () => {}, max: 1 });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return postgres(url.toString(), { onnotice: () => {}, max: 1 });
}

describe("migration 0016: the region", () => {
  it("moves a cluster built before regions into Region Nordjylland, keeping its ladder and making region-wide forums clusterless", async () => {
    const sql = await emptyDatabase();
    try {
      await migrate(drizzle(sql), { migrationsFolder: migrationsBeforeRegions() });
      const [org] = await sql`insert into organisations (name) values ('Aalborg Kommune') returning id`;
      const [cluster] = await sql`insert into clusters (name) values ('Sundhedsklynge Midt') returning id`;
      const [chef] = await sql`insert into forums (cluster_id, name, kind) values (${cluster.id}, 'Chefforum', 'chefforum') returning id`;
      const [drift] = await sql`insert into forums (cluster_id, name, kind, reports_to_forum_id) values (${cluster.id}, 'Driftsforum Voksenpsykiatri', 'driftsforum', ${chef.id}) returning id`;
      const [bup] = await sql`insert into forums (cluster_id, name, kind, reports_to_forum_id, region_wide) values (${cluster.id}, 'Børn-Unge Psykiatri', 'driftsforum', ${chef.id}, true) returning id`;

      await migrate(drizzle(sql), { migrationsFolder: migrations });

      const [region] = await sql`select id, name from regions`;
      expect(region.name).toBe("Region Nordjylland");
      expect(await sql`select region_id from organisations where id = ${org.id}`).toEqual([{ region_id: region.id }]);
      expect(await sql`select region_id from clusters where id = ${cluster.id}`).toEqual([{ region_id: region.id }]);
      const forums = await sql`select id, region_id, cluster_id from forums order by name`;
      expect(forums.every((f) => f.region_id === region.id)).toBe(true);
      expect(forums.find((f) => f.id === bup.id)!.cluster_id).toBeNull();
      expect(forums.find((f) => f.id === drift.id)!.cluster_id).toBe(cluster.id);
      const edges = await sql`select forum_id, reports_to_forum_id from forum_reports order by forum_id`;
      expect(edges.map((e) => [e.forum_id, e.reports_to_forum_id]).sort()).toEqual([[bup.id, chef.id], [drift.id, chef.id]].sort());
    } finally {
      await sql.end();
    }
  });

  it("creates no region in an empty installation", async () => {
    const sql = await emptyDatabase();
    try {
      await migrate(drizzle(sql), { migrationsFolder: migrations });
      expect(await sql`select * from regions`).toEqual([]);
    } finally {
      await sql.end();
    }
  });
});
