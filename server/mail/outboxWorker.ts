import { and, asc, eq, lte } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import type { Db, Tx } from "../../db/client.js";
import { outbox } from "../../db/schema/index.js";
import type { Logger } from "../logger.js";

/** Attempts before a mail is given up as failed. */
export const MAX_ATTEMPTS = 8;

/** Delay before the next attempt: one minute doubling per attempt, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** (attempts - 1), 3_600_000);
}

/** Where mail goes: SMTP, or (when none is configured) the log. */
export interface MailSettings {
  smtpUrl?: string;
  from: string;
}

type Mail = typeof outbox.$inferSelect;

/**
 * Sends what is due in the outbox, oldest first, at most 20 at a time. Without
 * SMTP the mail is logged (links included) and marked "logged", so an
 * installation without mail still works: the admin sees invitation links in
 * the app. Each mail is taken under a row lock that other server processes
 * skip, so a mail goes out once however many nodes drain the outbox.
 */
export async function drainOutbox(db: Db, log: Logger, settings: MailSettings, transport?: Transporter, now = new Date()): Promise<number> {
  let handled = 0;
  while (handled < 20) {
    const took = await db.transaction(async (tx) => {
      const [mail] = await tx
        .select()
        .from(outbox)
        .where(and(eq(outbox.status, "queued"), lte(outbox.nextAttemptAt, now)))
        .orderBy(asc(outbox.createdAt))
        .limit(1)
        .for("update", { skipLocked: true });
      if (!mail) return false;
      await deliver(tx, log, settings, mail, transport, now);
      return true;
    });
    if (!took) break;
    handled++;
  }
  return handled;
}

async function deliver(tx: Tx, log: Logger, settings: MailSettings, mail: Mail, transport: Transporter | undefined, now: Date): Promise<void> {
  if (!transport) {
    log.info({ mailId: mail.id, to: mail.to, subject: mail.subject, body: mail.body }, "no SMTP configured; e-mail logged instead of sent");
    await tx.update(outbox).set({ status: "logged", sentAt: now }).where(eq(outbox.id, mail.id));
    return;
  }
  try {
    await transport.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.body });
    await tx.update(outbox).set({ status: "sent", sentAt: new Date(), attempts: mail.attempts + 1, lastError: null }).where(eq(outbox.id, mail.id));
  } catch (error) {
    const attempts = mail.attempts + 1;
    const gaveUp = attempts >= MAX_ATTEMPTS;
    log.warn({ err: error, mailId: mail.id, attempts }, gaveUp ? "e-mail failed for good" : "e-mail failed; will retry");
    await tx
      .update(outbox)
      .set({ attempts, lastError: (error as Error).message, status: gaveUp ? "failed" : "queued", nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) })
      .where(eq(outbox.id, mail.id));
  }
}

/** Drains the outbox now and every `intervalMs`; returns the function that stops it. */
export function startOutboxWorker(db: Db, log: Logger, settings: MailSettings, intervalMs: number): () => Promise<void> {
  const transport = settings.smtpUrl ? nodemailer.createTransport(settings.smtpUrl) : undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running.then(() => drainOutbox(db, log, settings, transport)).catch((error) => log.error({ err: error }, "outbox worker failed"));
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return async () => {
    clearInterval(timer);
    await running;
    transport?.close();
  };
}
