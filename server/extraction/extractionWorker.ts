import pLimit from "p-limit";
import type { Db } from "../../db/client.js";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics.js";
import type { DocumentChanges } from "../sync/documentChanges.js";
import { SettleScheduler } from "../sync/settleScheduler.js";
import { extractDocument, type ExtractionOutcome } from "./extractDocument.js";
import { lockExtraction } from "./extractionLock.js";
import { countBehind, documentsBehind, recordFailure, retryDelay, rootCause } from "./extractionMarks.js";
import { WrittenBlocks } from "./writtenBlocks.js";

/** Documents one poll takes on at most; the next poll takes the rest. */
const POLL_BATCH = 50;

/** Settings of {@link ExtractionWorker}. */
export interface ExtractionWorkerOptions {
  /** A document told changed is extracted this long after its last change… */
  debounceMs: number;
  /** …but no later than this after its first unextracted one. */
  maxWaitMs: number;
  /** How often to look for documents stored beyond their extraction marker. */
  pollMs: number;
  /** Longest wait between retries of a document whose extraction keeps failing. */
  retryMaxMs: number;
  /** Longest one statement of an extraction may run on PostgreSQL before the extraction fails (to be retried). */
  statementTimeoutMs: number;
  /** PostgreSQL, where other server processes may share the database; false for the embedded PGlite (one process alone). */
  postgres: boolean;
}

/**
 * Keeps the block tables in line with the stored documents. A document is
 * extracted shortly after this process stored a change to it, and any
 * document stored beyond its durable marker (typed on another node, during
 * an outage, before a crash) is found by a poll at start and every
 * `pollMs`. A failed extraction is retried with exponential backoff,
 * recorded with the marker so it holds across restarts. Each document is
 * extracted by one worker at a time across every node sharing the database.
 */
export class ExtractionWorker implements DocumentChanges {
  private readonly settle: SettleScheduler<string>;
  private readonly written = new WrittenBlocks();
  // Extractions take turns for the database, so document writes never queue behind many of them.
  private readonly databaseTurn = pLimit(2);
  // Each server edit holds a pooled connection for its lock while its own writes need another: a few at a time leave the pool free.
  private readonly lockTurn = pLimit(4);
  // Per document, the tail of its extractions and exclusive sections in this process.
  private readonly turns = new Map<string, Promise<unknown>>();
  private readonly retries = new Map<string, NodeJS.Timeout>();
  // Failures in a row, for when the database could not record them.
  private readonly failures = new Map<string, number>();
  private pollTimer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private pollFailing = false;
  private closed = false;

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
    private readonly metrics: Metrics,
    private readonly options: ExtractionWorkerOptions,
  ) {
    this.settle = new SettleScheduler((documentId) => this.run(documentId, true), options.debounceMs, options.maxWaitMs);
  }

  /** Looks for documents that are behind now and every `pollMs`. */
  start(): void {
    this.poll();
    this.pollTimer = setInterval(() => this.poll(), this.options.pollMs);
  }

  changed(documentId: string): void {
    if (!this.closed) this.settle.touch(documentId);
  }

  async exclusive<T>(documentId: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await this.inTurn(documentId, async () => {
        await this.attempt(documentId, this.settle.has(documentId));
        return this.options.postgres ? this.lockTurn(() => this.holdingLock(documentId, fn)) : fn();
      });
    } finally {
      this.changed(documentId);
    }
  }

  /** Extracts a document now if it is stored beyond its marker (in its turn); says what happened. */
  extractNow(documentId: string): Promise<ExtractionOutcome | "failed"> {
    return this.inTurn(documentId, () => this.attempt(documentId, false));
  }

  /** Stops polling, extracts what waits for its changes to settle, and waits for every extraction running. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.pollTimer);
    await this.polling;
    for (const timer of this.retries.values()) clearTimeout(timer);
    this.retries.clear();
    await this.settle.flushAll();
    await Promise.all([...this.turns.values()].map((turn) => turn.catch(() => {})));
  }

  // On PostgreSQL another node's worker may take the document meanwhile: the lock keeps it out until `fn` is done.
  private async holdingLock<T>(documentId: string, fn: () => Promise<T>): Promise<T> {
    let done: { value: T } | undefined;
    try {
      await this.db.transaction(async (tx) => {
        await lockExtraction(tx, documentId);
        done = { value: await fn() };
      });
    } catch (error) {
      // Only the lock's own commit failed: what `fn` did stands, and the document is extracted again after it.
      if (done) return done.value;
      throw error;
    }
    return done!.value;
  }

  private async run(documentId: string, force: boolean): Promise<void> {
    const outcome = await this.inTurn(documentId, () => this.attempt(documentId, force));
    // Another node holds the document (extracting it, or editing it as the server): this change is looked at again once it settles.
    if (outcome === "busy" && force) this.changed(documentId);
  }

  private inTurn<T>(documentId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.turns.get(documentId) ?? Promise.resolve();
    const current = previous.catch(() => {}).then(task);
    this.turns.set(documentId, current);
    const cleanup = () => {
      if (this.turns.get(documentId) === current) this.turns.delete(documentId);
    };
    current.then(cleanup, cleanup);
    return current;
  }

  // One extraction; a failure is counted, recorded and retried later, never thrown.
  private async attempt(documentId: string, force: boolean): Promise<ExtractionOutcome | "failed"> {
    const stop = this.metrics.extractionSeconds.startTimer();
    try {
      const outcome = await this.databaseTurn(() => extractDocument(this.db, documentId, { force, written: this.written, statementTimeoutMs: this.options.postgres ? this.options.statementTimeoutMs : undefined }));
      if (outcome === "written" || outcome === "unchanged") stop();
      this.metrics.extractions.inc({ outcome });
      if (outcome !== "busy") this.succeeded(documentId);
      return outcome;
    } catch (error) {
      this.metrics.extractions.inc({ outcome: "failed" });
      await this.failed(documentId, force, error);
      return "failed";
    }
  }

  private succeeded(documentId: string): void {
    clearTimeout(this.retries.get(documentId));
    this.retries.delete(documentId);
    this.failures.delete(documentId);
  }

  private async failed(documentId: string, force: boolean, error: unknown): Promise<void> {
    const local = (this.failures.get(documentId) ?? 0) + 1;
    this.failures.set(documentId, local);
    // While the database is away the failure cannot be recorded there; this process still retries.
    const attempts = await recordFailure(this.db, documentId, error, this.options.retryMaxMs).catch(() => local);
    const delay = retryDelay(attempts, this.options.retryMaxMs);
    this.log.error({ err: rootCause(error), documentId, attempts, retryInMs: delay }, "block extraction failed; stored rows left as they were until it is retried");
    if (this.closed) return;
    clearTimeout(this.retries.get(documentId));
    this.retries.set(
      documentId,
      setTimeout(() => {
        this.retries.delete(documentId);
        void this.run(documentId, force);
      }, delay),
    );
  }

  private poll(): void {
    if (this.polling || this.closed) return;
    this.polling = this.catchUp().finally(() => {
      this.polling = undefined;
    });
  }

  // Documents that are behind and nobody here is about to extract: changes settling, a retry waiting, an extraction running.
  private async catchUp(): Promise<void> {
    try {
      const busyHere = [...new Set([...this.settle.keys(), ...this.retries.keys(), ...this.turns.keys()])];
      const due = await documentsBehind(this.db, POLL_BATCH, busyHere);
      await Promise.all(due.map((documentId) => this.extractNow(documentId)));
      this.metrics.extractionBehind.set(await countBehind(this.db));
      if (this.pollFailing) this.log.info("looking for documents to extract works again");
      this.pollFailing = false;
    } catch (error) {
      if (!this.pollFailing) this.log.warn({ err: error }, "could not look for documents to extract; trying again at the next poll");
      this.pollFailing = true;
    }
  }
}
