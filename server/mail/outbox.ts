import type { Db, Tx } from "../../db/client.js";
import { outbox } from "../../db/schema/index.js";

/** An e-mail to send. */
export interface Mail {
  to: string;
  subject: string;
  body: string;
}

/**
 * Queues an e-mail in the outbox, in the caller's transaction when given one,
 * so the mail goes out exactly when the change that caused it is committed.
 */
export async function enqueueMail(db: Db | Tx, mail: Mail): Promise<string> {
  const [row] = await db.insert(outbox).values(mail).returning({ id: outbox.id });
  return row.id;
}
