import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { WebSocketServer } from "ws";
import { openDatabase } from "../db/client.js";
import { isEmpty, seedDemo } from "./demo/seed.js";
import { createApp } from "./app.js";
import { AccessLogWriter } from "./audit/accessLogWriter.js";
import { recheckStoredTargets } from "./commands/escalationTargets.js";
import type { AppDeps } from "./context.js";
import { lockDataDir } from "./dataDirLock.js";
import type { Env } from "./env.js";
import { ExtractionWorker } from "./extraction/extractionWorker.js";
import { startApprovalJob } from "./jobs/approvalJob.js";
import { startRetentionJob } from "./jobs/retentionJob.js";
import { createLogger } from "./logger.js";
import { startOutboxWorker } from "./mail/outboxWorker.js";
import { Metrics } from "./metrics.js";
import { publicUrl } from "./publicUrl.js";
import { DocumentStore } from "./sync/documentStore.js";
import { LocalJournal } from "./sync/localJournal.js";
import { RoomRegistry } from "./sync/roomRegistry.js";
import { startSessionSweep } from "./sync/sessionSweep.js";
import { UpdateLog } from "./sync/updateLog.js";
import { NodeBus } from "./nodes/nodeBus.js";

/** A running server. */
export interface RunningServer {
  port: number;
  url: string;
  /** True when this start seeded the demo cluster. */
  seeded: boolean;
  deps: AppDeps;
  /** Stops accepting connections, stores every pending write, closes the database. */
  close(): Promise<void>;
}

/** Boots the product: lock, database, migrations, demo seed, HTTP and websocket serving. */
export async function startServer(env: Env): Promise<RunningServer> {
  const logger = createLogger(env.LOG_LEVEL);
  const unlockData = env.DATABASE_URL ? () => {} : lockDataDir(env.DATA_DIR);
  const journalDir = env.JOURNAL_DIR ?? join(env.DATA_DIR, "journal");
  let unlockJournal = () => {};
  const unlock = () => {
    unlockJournal();
    unlockData();
  };
  try {
    // One process per journal: two would replay each other's entries.
    unlockJournal = lockDataDir(journalDir);
    const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
    await database.migrate();
    // Targets stored before they were checked against the ladder must not stay in an inbox.
    const rechecked = await recheckStoredTargets(database.db);
    if (rechecked > 0) logger.info({ rechecked }, "stored escalation targets brought in line with the forum ladders");
    const seeded = env.SEED_DEMO && (await isEmpty(database.db));
    if (seeded) await seedDemo(database.db);

    // On PostgreSQL any number of processes form one service; the embedded PGlite is one process alone.
    const nodes = database.logConnection ? new NodeBus(database.logConnection, logger) : undefined;
    const store = new DocumentStore(database.db, database.logConnection, nodes?.node);
    let rooms: RoomRegistry | undefined;
    // Sampled only when scraped, by then the update log below exists.
    const metrics = new Metrics({ rooms: () => rooms?.size ?? 0, connections: () => rooms?.connections ?? 0, queued: () => updateLog.status().queued });
    const extraction = new ExtractionWorker(database.db, logger, metrics, {
      debounceMs: env.EXTRACT_DEBOUNCE_MS,
      maxWaitMs: env.EXTRACT_MAX_WAIT_MS,
      pollMs: env.EXTRACT_POLL_MS,
      retryMaxMs: env.EXTRACT_RETRY_MAX_MS,
      statementTimeoutMs: env.EXTRACT_TIMEOUT_MS,
      postgres: database.kind === "postgres",
    });
    // An update that waited in the journal reaches the log only when replayed: that is when its document changed there.
    const updateLog = new UpdateLog(store, new LocalJournal(journalDir), logger, env.MAX_JOURNAL_BYTES, env.DATABASE_COMMIT_TIMEOUT_MS, (id) => extraction.changed(id));
    await updateLog.start();
    const registry = new RoomRegistry(database.db, logger, updateLog, metrics, {
      changes: extraction,
      repairDebounceMs: env.EXTRACT_DEBOUNCE_MS,
      repairMaxWaitMs: env.EXTRACT_MAX_WAIT_MS,
      nodes,
    });
    rooms = registry;
    await nodes?.start({ receive: (m) => registry.receive(m), resync: () => registry.reloadAll(), ignored: () => metrics.ignoredNotifications.inc() });
    const accessLog = new AccessLogWriter(database.db, logger, env.ACCESS_LOG_STRICT);
    const deps: AppDeps = { database, env, logger, rooms, updateLog, metrics, accessLog };
    const stopApprovals = startApprovalJob({ db: database.db, rooms, origin: publicUrl(env) }, logger, env.APPROVAL_CHECK_MS);
    const stopSessionSweep = startSessionSweep(database.db, rooms, logger, env.SYNC_SESSION_CHECK_MS);
    const stopRetention = startRetentionJob(database.db, logger, env.ACCESS_LOG_RETENTION_DAYS, env.RETENTION_CHECK_MS);
    const stopMail = startOutboxWorker(database.db, logger, { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM }, env.MAIL_POLL_MS);
    // Documents left behind by a crash, an outage or another node are caught up from the start.
    extraction.start();
    const app = createApp(deps);
    const wss = new WebSocketServer({ noServer: true, maxPayload: env.SYNC_MAX_FRAME_BYTES });
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST, websocket: { server: wss } }, () => resolve(s));
    });
    const port = (server.address() as AddressInfo).port;
    const host = env.HOST === "0.0.0.0" || env.HOST === "::" ? "localhost" : env.HOST;
    logger.info({ port, database: database.kind }, "server listening");
    if (!env.PUBLIC_URL && env.NODE_ENV === "production") {
      logger.warn({ publicUrl: publicUrl(env) }, "PUBLIC_URL is not set: links in mails, invitations and calendar feeds point at localhost");
    }

    return {
      port,
      url: `http://${host}:${port}`,
      seeded,
      deps,
      async close() {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        await stopApprovals();
        await stopSessionSweep();
        await stopMail();
        await stopRetention();
        await nodes?.close();
        await rooms.close();
        // After the rooms: their last writes are stored, and what they changed is extracted before the database closes.
        await extraction.close();
        await updateLog.close();
        for (const client of wss.clients) client.terminate();
        await closed;
        await database.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
