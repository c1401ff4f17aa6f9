import { z } from "zod";

const booleanish = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const schema = z.object({
  /** "production" makes the server warn about settings a real installation needs (PUBLIC_URL). */
  NODE_ENV: z.string().default("development"),
  /** Port to listen on; 0 picks a free one (tests). */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface to bind. */
  HOST: z.string().min(1).default("0.0.0.0"),
  /** A Postgres URL for production; unset means embedded PGlite in DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /** Where the embedded database lives when DATABASE_URL is unset. */
  DATA_DIR: z.string().min(1).default("./data"),
  /** Where updates wait on local disk while the database is unreachable; defaults to DATA_DIR/journal. */
  JOURNAL_DIR: z.string().min(1).optional(),
  /** Most bytes of updates the local journal holds before new edits are refused. */
  MAX_JOURNAL_BYTES: z.coerce.number().int().min(1024).default(256 * 1024 * 1024),
  /** A database write that takes longer counts as an outage: updates go to the local journal instead. */
  DATABASE_COMMIT_TIMEOUT_MS: z.coerce.number().int().min(50).default(5000),
  /** Seed the demo cluster into an empty database. */
  SEED_DEMO: booleanish.default(true),
  /** First wait after the free failed logins, in milliseconds; each further failure doubles it. */
  LOGIN_BACKOFF_BASE_MS: z.coerce.number().int().min(1).default(1000),
  /** Longest wait between failed logins for one account or address, in milliseconds (15 minutes). */
  LOGIN_BACKOFF_MAX_MS: z.coerce.number().int().min(1).default(15 * 60 * 1000),
  /** Password hashes computed at once (argon2 takes about 19 MiB each). */
  LOGIN_HASH_CONCURRENCY: z.coerce.number().int().min(1).default(2),
  /** Logins that may wait for a hash; beyond it they are refused with 503 at once. */
  LOGIN_HASH_QUEUE: z.coerce.number().int().min(0).default(16),
  /** Extra origins (comma-separated) allowed to open websockets and send mutating requests. */
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((s) =>
      s
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  /** The address people reach the site at (https://moedebord.example.dk), for links the server writes outside a request; defaults to http://localhost:PORT. */
  PUBLIC_URL: z.string().url().optional(),
  /** Trust X-Forwarded-Proto/Host from a reverse proxy in front of the server. */
  TRUST_PROXY: booleanish.default(false),
  /** Milliseconds without edits before a document's blocks are extracted. */
  EXTRACT_DEBOUNCE_MS: z.coerce.number().int().min(0).default(500),
  /** Longest a busy document waits for extraction, in milliseconds. */
  EXTRACT_MAX_WAIT_MS: z.coerce.number().int().min(0).default(3000),
  /** How often each server looks for documents stored beyond what was last extracted (typed on another node, during an outage, before a crash), in milliseconds. */
  EXTRACT_POLL_MS: z.coerce.number().int().min(100).default(5000),
  /** Longest wait between retries of an extraction that keeps failing, in milliseconds; the first waits a second, each further one twice as long. */
  EXTRACT_RETRY_MAX_MS: z.coerce.number().int().min(1000).default(5 * 60 * 1000),
  /** Longest one statement of an extraction may run (waiting for a lock, on a slow database) before the extraction counts as failed and is retried, in milliseconds. */
  EXTRACT_TIMEOUT_MS: z.coerce.number().int().min(50).default(30_000),
  /** Largest attachment (Bilag) accepted, in bytes. */
  MAX_ATTACHMENT_BYTES: z.coerce.number().int().min(1).default(25 * 1024 * 1024),
  /** How often the server approves minutes whose comment period has ended, in milliseconds. */
  APPROVAL_CHECK_MS: z.coerce.number().int().min(1000).default(60_000),
  /** Days an access-log entry is kept before the retention job deletes it (6 months). */
  ACCESS_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).default(183),
  /** Fail a request whose access-log entry is missing or could not be written, instead of logging the error (tests). */
  ACCESS_LOG_STRICT: booleanish.default(false),
  /** How often old access-log entries and ended login-failure series are deleted, in milliseconds (hourly). */
  RETENTION_CHECK_MS: z.coerce.number().int().min(1000).default(60 * 60 * 1000),
  /** SMTP server for e-mail, e.g. smtp://user:pass@mail.example.dk:587; unset means links are logged and shown to the admin. */
  SMTP_URL: z.string().url().optional(),
  /** Sender of the e-mail Mødebord sends. */
  MAIL_FROM: z.string().min(3).default("Mødebord <no-reply@moedebord.invalid>"),
  /** How often the outbox is checked for e-mail to send, in milliseconds. */
  MAIL_POLL_MS: z.coerce.number().int().min(100).default(5000),
  /** Largest websocket frame accepted; a larger one closes the connection with 1009. */
  SYNC_MAX_FRAME_BYTES: z.coerce.number().int().min(1024).default(8 * 1024 * 1024),
  /** Messages one sync connection may send per second (twice that in a burst). */
  SYNC_MAX_MESSAGES_PER_SECOND: z.coerce.number().int().min(1).default(200),
  /** Connections one document accepts; the next upgrade is refused with 503. */
  SYNC_MAX_CONNECTIONS_PER_ROOM: z.coerce.number().int().min(1).default(250),
  /** Bytes waiting to be sent to one connection before it is dropped as a slow consumer. */
  SYNC_MAX_BUFFERED_BYTES: z.coerce.number().int().min(1024).default(16 * 1024 * 1024),
  /** How often open sync connections' sessions are checked; an expired or deleted one is closed with 4401. In milliseconds. */
  SYNC_SESSION_CHECK_MS: z.coerce.number().int().min(50).default(60_000),
  /** Bearer token required for /metrics; unset leaves it open. */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** Log level: debug, info, warn, error. */
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

/** Validated server configuration. */
export type Env = z.infer<typeof schema>;

/** Reads and validates the configuration; throws a readable error naming each bad variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
