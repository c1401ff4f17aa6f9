import type { Db } from "../../db/client.js";
import { enqueueMail } from "../mail/outbox.js";

/**
 * Mails the account's owner that their account is being guessed at, once per
 * series of failures (the caller sends it on exactly the LOCKOUT_NOTICE_AT-th).
 */
export async function sendLockoutNotice(db: Db, person: { name: string; email: string }, failures: number, siteUrl: string): Promise<void> {
  await enqueueMail(db, {
    to: person.email,
    subject: "Mange forkerte forsøg på at logge ind på din konto",
    body:
      `Kære ${person.name}\n\n` +
      `Der er forsøgt logget ind på din Mødebord-konto med forkert adgangskode ${failures} gange i træk. ` +
      "Indtil videre skal der gå stadig længere tid mellem forsøgene, før kontoen kan bruges igen.\n\n" +
      "Var det dig, kan du roligt prøve igen lidt senere. Var det ikke dig, så kontakt din administrator.\n\n" +
      `${siteUrl}/login\n\nVenlig hilsen\nMødebord`,
  });
}
