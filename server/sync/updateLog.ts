import * as Y from "yjs";
import type { Logger } from "../logger.js";
import { DocumentFrozen, isFrozenRefusal, type DocumentStore } from "./documentStore.js";
import type { LocalJournal } from "./localJournal.js";

/** How long to wait before asking an unavailable database again. */
const RETRY_MS = 1000;

/** Thrown when neither the database nor the local journal can take an update. */
export class StorageFull extends Error {}

interface Waiting {
  documentId: string;
  data: Uint8Array;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Where updates are, for /readyz and /metrics. */
export interface UpdateLogStatus {
  database: "up" | "down";
  queued: number;
  queuedBytes: number;
}

/**
 * Durable storage of updates that outlives a database outage: updates go to
 * Postgres; while it is unreachable they go to a local journal on disk
 * (fsynced, so they count as stored) and are replayed into Postgres, in
 * order and exactly once, when it answers again. While anything waits in the
 * journal new updates queue behind it, so the order never changes.
 */
export class UpdateLog {
  private databaseUp = true;
  private draining: Promise<void> | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private closed = false;
  // Updates of all rooms that arrive while a write runs go to Postgres together in the next one.
  private batch: Waiting[] = [];
  private writing = false;

  constructor(
    private readonly store: DocumentStore,
    private readonly journal: LocalJournal,
    private readonly log: Logger,
    private readonly maxQueuedBytes: number,
    /** How long a write may take before the database counts as down (it may hang rather than refuse). */
    private readonly commitTimeoutMs: number,
    /** Told of each document an update replayed from the journal was stored for. */
    private readonly onReplayed: (documentId: string) => void = () => {},
  ) {}

  /** Connects, opens the journal and replays what an earlier run left in it. */
  async start(): Promise<void> {
    await this.store.connect();
    await this.journal.open();
    if (this.journal.repairedLines > 0) this.log.warn({ lines: this.journal.repairedLines }, "cut off journal lines torn by a crash; they were never acknowledged as stored");
    if (this.journal.pending.length > 0) {
      this.log.warn({ queued: this.journal.pending.length }, "replaying updates left in the local journal");
      this.drain();
    }
  }

  status(): UpdateLogStatus {
    return { database: this.databaseUp ? "up" : "down", queued: this.journal.pending.length, queuedBytes: this.journal.bytes };
  }

  /** Stores updates of one document; resolves once they are in Postgres or fsynced in the journal. */
  async append(documentId: string, updates: Uint8Array[]): Promise<void> {
    if (updates.length === 0) return;
    const data = updates.length === 1 ? updates[0] : Y.mergeUpdates(updates);
    if (this.databaseUp && this.journal.pending.length === 0) {
      return new Promise((resolve, reject) => {
        this.batch.push({ documentId, data, resolve, reject });
        if (!this.writing) void this.writeBatches();
      });
    }
    await this.toJournal(documentId, data);
  }

  private async toJournal(documentId: string, data: Uint8Array): Promise<void> {
    if (this.journal.bytes + data.byteLength > this.maxQueuedBytes) throw new StorageFull("the local journal is full");
    await this.journal.append(documentId, data);
    this.drain();
  }

  // One INSERT for everything waiting; what Postgres refuses goes to the journal in the same order.
  private async writeBatches(): Promise<void> {
    this.writing = true;
    while (this.batch.length > 0) {
      const batch = this.batch;
      this.batch = [];
      if (this.databaseUp && this.journal.pending.length === 0) {
        try {
          await this.withinTimeout(this.store.appendRows(batch));
          batch.forEach((w) => w.resolve());
          continue;
        } catch (error) {
          if (isFrozenRefusal(error)) {
            await this.oneByOne(batch);
            continue;
          }
          this.markDown(error);
        }
      }
      for (const w of batch) await this.toJournal(w.documentId, w.data).then(w.resolve, w.reject);
    }
    this.writing = false;
  }

  // A frozen document's row refused the whole statement: the others are stored alone, the frozen ones refused.
  private async oneByOne(batch: Waiting[]): Promise<void> {
    for (const [i, w] of batch.entries()) {
      try {
        await this.withinTimeout(this.store.appendRows([w]));
        w.resolve();
      } catch (error) {
        if (isFrozenRefusal(error)) {
          w.reject(new DocumentFrozen(w.documentId));
          continue;
        }
        this.markDown(error);
        for (const rest of batch.slice(i)) await this.toJournal(rest.documentId, rest.data).then(rest.resolve, rest.reject);
        return;
      }
    }
  }

  /**
   * Loads a document: what still waits in the journal, plus what Postgres has.
   * The journal is read first: an entry replayed meanwhile is then in
   * Postgres when that is read, rather than in neither (applying it twice is harmless).
   */
  async load(documentId: string, doc: Y.Doc, origin: unknown): Promise<void> {
    const waiting = this.journal.entriesFor(documentId);
    await this.store.loadCompacting(documentId, doc, origin);
    if (waiting.length > 0) Y.transact(doc, () => waiting.forEach((u) => Y.applyUpdate(doc, u)), origin);
  }

  /** Stops retrying and closes the journal; what is in it stays for the next start. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    await this.draining;
    await this.journal.close();
  }

  // A write that outlives the timeout may still commit later: the journal's copy then lands a second time,
  // which Yjs applies as a no-op (and a replayed entry is stored once by its ref).
  private withinTimeout(write: Promise<void>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`database write took longer than ${this.commitTimeoutMs} ms`)), this.commitTimeoutMs);
    });
    write.catch(() => {});
    return Promise.race([write, timeout]).finally(() => clearTimeout(timer));
  }

  private markDown(error: unknown): void {
    if (this.databaseUp) this.log.error({ err: error }, "database unavailable; keeping updates in the local journal");
    this.databaseUp = false;
  }

  private drain(): void {
    if (this.draining || this.closed) return;
    this.draining = this.replay().finally(() => {
      this.draining = undefined;
    });
  }

  private async replay(): Promise<void> {
    while (!this.closed && this.journal.pending.length > 0) {
      const entry = this.journal.pending[0];
      try {
        await this.withinTimeout(this.store.appendJournaled(entry));
      } catch (error) {
        if (isFrozenRefusal(error)) {
          // Written while the database was away, for a record frozen since: the freeze decided without it.
          this.log.warn({ documentId: entry.documentId, ref: entry.ref }, "dropped a journaled update to a document frozen meanwhile");
          await this.journal.acknowledge(entry);
          continue;
        }
        this.markDown(error);
        this.retryTimer = setTimeout(() => this.drain(), RETRY_MS);
        return;
      }
      await this.journal.acknowledge(entry);
      this.onReplayed(entry.documentId);
      if (!this.databaseUp) {
        this.databaseUp = true;
        this.log.info("database available again; replaying the local journal");
      }
    }
  }
}
