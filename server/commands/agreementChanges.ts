import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { agreements } from "../../db/schema/index.js";
import type { Agreement } from "../queries/agreements.js";

/** The fields of an agreement a forum's editors write. */
export interface AgreementFields {
  name: string;
  reviewMonth: number;
  needsRevision: boolean;
}

/** Adds an agreement to the forum's årshjul. */
export async function addAgreement(db: Db, forumId: string, fields: AgreementFields): Promise<Agreement> {
  const [row] = await db.insert(agreements).values({ forumId, ...fields }).returning();
  return row;
}

/** Changes an agreement's fields; undefined when it was removed meanwhile. */
export async function changeAgreement(db: Db, agreementId: string, fields: Partial<AgreementFields>): Promise<Agreement | undefined> {
  const [row] = await db.update(agreements).set(fields).where(eq(agreements.id, agreementId)).returning();
  return row;
}

/** Removes an agreement from the årshjul. */
export async function removeAgreement(db: Db, agreementId: string): Promise<void> {
  await db.delete(agreements).where(eq(agreements.id, agreementId));
}
