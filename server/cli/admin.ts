import { parseArgs } from "node:util";
import { z } from "zod";
import { openDatabase } from "../../db/client.js";
import { clusterAdmins, clusters, users } from "../../db/schema/index.js";
import { hashPassword } from "../auth/password.js";
import { lockDataDir } from "../dataDirLock.js";
import { loadEnv } from "../env.js";

const USAGE = `Brug: npm run admin -- --email <e-mail> --name "<navn>" --cluster "<klynge>"
Adgangskoden læses fra miljøvariablen ADMIN_PASSWORD (mindst 10 tegn).
Opretter klyngen og brugeren, hvis de ikke findes, og gør brugeren til administrator af klyngen.`;

const argsSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  name: z.string().trim().min(1),
  cluster: z.string().trim().min(1),
  password: z.string().min(10, "ADMIN_PASSWORD skal være mindst 10 tegn."),
});

/** Creates the first administrator of a cluster from the command line. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, cluster: { type: "string" } } });
  const parsed = argsSchema.safeParse({ ...values, password: process.env.ADMIN_PASSWORD ?? "" });
  if (!parsed.success) {
    process.stderr.write(`${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n")}\n\n${USAGE}\n`);
    process.exit(2);
  }
  const { email, name, cluster, password } = parsed.data;
  const env = loadEnv();
  const unlock = env.DATABASE_URL ? () => {} : lockDataDir(env.DATA_DIR);
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await database.migrate();
    const { db } = database;
    const [clusterRow] = await db.insert(clusters).values({ name: cluster }).onConflictDoUpdate({ target: clusters.name, set: { name: cluster } }).returning();
    const passwordHash = await hashPassword(password);
    const [user] = await db.insert(users).values({ email, name, passwordHash }).onConflictDoUpdate({ target: users.email, set: { name, passwordHash } }).returning();
    await db.insert(clusterAdmins).values({ clusterId: clusterRow.id, userId: user.id }).onConflictDoNothing();
    process.stdout.write(`${user.email} administrerer nu ${clusterRow.name}.\n`);
  } finally {
    await database.close();
    unlock();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
