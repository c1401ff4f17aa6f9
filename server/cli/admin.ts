import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { openDatabase } from "../../db/client.js";
import { clusterAdmins, clusters, regionAdmins, regions, users } from "../../db/schema/index.js";
import { hashPassword } from "../auth/password.js";
import { lockDataDir } from "../dataDirLock.js";
import { loadEnv } from "../env.js";

const DEFAULT_REGION = "Region Nordjylland";

const USAGE = `Brug: npm run admin -- --email <e-mail> --name "<navn>" --cluster "<klynge>" [--region "<region>"]
Adgangskoden læses fra miljøvariablen ADMIN_PASSWORD (mindst 10 tegn).
Opretter regionen (som standard ${DEFAULT_REGION}), klyngen og brugeren, hvis de ikke findes, og gør brugeren
til administrator af klyngen, og af regionen, hvis den endnu ikke har nogen administrator.`;

const argsSchema = z.object({
  region: z.string().trim().min(1).default(DEFAULT_REGION),
  email: z.string().trim().toLowerCase().email(),
  name: z.string().trim().min(1),
  cluster: z.string().trim().min(1),
  password: z.string().min(10, "ADMIN_PASSWORD skal være mindst 10 tegn."),
});

/** Creates the first administrator of a cluster from the command line. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, cluster: { type: "string" }, region: { type: "string" } } });
  const parsed = argsSchema.safeParse({ ...values, password: process.env.ADMIN_PASSWORD ?? "" });
  if (!parsed.success) {
    process.stderr.write(`${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n")}\n\n${USAGE}\n`);
    process.exit(2);
  }
  const { email, name, cluster, region, password } = parsed.data;
  const env = loadEnv();
  const unlock = env.DATABASE_URL ? () => {} : lockDataDir(env.DATA_DIR);
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await database.migrate();
    const { db } = database;
    const [regionRow] = await db.insert(regions).values({ name: region }).onConflictDoUpdate({ target: regions.name, set: { name: region } }).returning();
    const [clusterRow] = await db
      .insert(clusters)
      .values({ regionId: regionRow.id, name: cluster })
      .onConflictDoUpdate({ target: [clusters.regionId, clusters.name], set: { name: cluster } })
      .returning();
    const passwordHash = await hashPassword(password);
    const [user] = await db.insert(users).values({ email, name, passwordHash }).onConflictDoUpdate({ target: users.email, set: { name, passwordHash } }).returning();
    await db.insert(clusterAdmins).values({ clusterId: clusterRow.id, userId: user.id }).onConflictDoNothing();
    // The very first administrator of a region also runs the region, so clusters and bodies can be added from the admin pages.
    const [anyRegionAdmin] = await db.select().from(regionAdmins).where(eq(regionAdmins.regionId, regionRow.id)).limit(1);
    if (!anyRegionAdmin) await db.insert(regionAdmins).values({ regionId: regionRow.id, userId: user.id });
    const also = anyRegionAdmin ? "" : ` og ${regionRow.name}`;
    process.stdout.write(`${user.email} administrerer nu ${clusterRow.name}${also}.\n`);
  } finally {
    await database.close();
    unlock();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
