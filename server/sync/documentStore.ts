import { and, eq, inArray, sql } from "drizzle-orm";
import type { Sql } from "postgres";
import * as Y from "yjs";
import type { Db } from "../../db/client.js";
import { documentSnapshots, documentUpdates } from "../../db/schema/index.js";
import { encodeNodeMessage, INLINE_LIMIT, NODE_CHANNEL } from "../nodes/nodeMessages.js";

/** Fold the log into the snapshot once a document's tail has this many rows. */
const COMPACT_AFTER_ROWS = 200;

/** Thrown for updates to a document whose record is frozen: the database refused them (SQLSTATE MB001). */
export class DocumentFrozen extends Error {
  constructor(readonly documentId: string) {
    super(`document ${documentId} is frozen`);
  }
}

/** True when `error` is the database refusing an update to a frozen document, not the database failing. */
export function isFrozenRefusal(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (e.code === "MB001") return true;
  return false;
}

/** What a compaction folds: the log rows read, and the snapshot they were read beside (null: none yet). */
export interface CompactionBasis {
  rowIds: number[];
  snapshotAt: Date | null;
}

/** A document as stored: its updates, what a compaction of them would fold, and the log position they reach. */
export interface StoredDocument {
  updates: Uint8Array[];
  basis: CompactionBasis;
  lastUpdateId: number;
}

/** Durable storage of Yjs documents: a snapshot plus an append-only log of updates. */
export class DocumentStore {
  /**
   * `sql`, when given, is a postgres-js connection to the same database that
   * `appendRows` writes through: every update passes there, and building the
   * INSERT directly costs the server about half the CPU of drizzle's builder.
   */
  constructor(
    private readonly db: Db,
    private readonly sql?: Sql,
    /** This process's node id: when set (PostgreSQL), every stored update is announced to the other nodes as it commits. */
    private readonly node?: string,
  ) {}

  /** Opens the connection appends go through, so the first update does not wait for it. */
  async connect(): Promise<void> {
    if (this.sql) await this.sql`select 1`;
  }

  /** Appends updates as one merged row; resolves once Postgres has committed it. */
  async append(documentId: string, updates: Uint8Array[]): Promise<void> {
    if (updates.length === 0) return;
    const data = updates.length === 1 ? updates[0] : Y.mergeUpdates(updates);
    await this.appendRows([{ documentId, data }]);
  }

  /** Appends rows of several documents in one statement, in the order given. */
  async appendRows(rows: { documentId: string; data: Uint8Array }[]): Promise<void> {
    if (rows.length === 0) return;
    if (!this.sql) {
      await this.db.insert(documentUpdates).values(rows);
      return;
    }
    const values = rows.map((r) => ({ document_id: r.documentId, data: Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength) }));
    if (!this.node) {
      await this.sql`insert into document_updates ${this.sql(values, "document_id", "data")}`;
      return;
    }
    // One statement stores and announces: the notifications go out when, and only if, the rows commit.
    await this.sql`with stored as (insert into document_updates ${this.sql(values, "document_id", "data")})
      select pg_notify(${NODE_CHANNEL}, message) from unnest(${this.announcements(rows)}::text[]) as message`;
  }

  // Small updates travel in the notification; a large one tells the others to read the document again.
  private announcements(rows: { documentId: string; data: Uint8Array }[]): string[] {
    const node = this.node!;
    return rows.map((r) => {
      const inline = Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength).toString("base64");
      return inline.length <= INLINE_LIMIT
        ? encodeNodeMessage({ kind: "update", node, documentId: r.documentId, update: r.data })
        : encodeNodeMessage({ kind: "reload", node, documentId: r.documentId });
    });
  }

  /** Stores an update replayed from the local journal; a second replay of the same entry is a no-op. */
  async appendJournaled(entry: { documentId: string; data: Uint8Array; ref: string }): Promise<void> {
    if (this.sql && this.node) {
      const data = Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
      await this.sql`with stored as (
          insert into document_updates (document_id, data, journal_ref) values (${entry.documentId}, ${data}, ${entry.ref})
          on conflict (journal_ref) do nothing returning 1)
        select pg_notify(${NODE_CHANNEL}, message) from stored, unnest(${this.announcements([entry])}::text[]) as message`;
      return;
    }
    await this.db.insert(documentUpdates).values({ documentId: entry.documentId, data: entry.data, journalRef: entry.ref }).onConflictDoNothing({ target: documentUpdates.journalRef });
  }

  /**
   * Everything stored for a document, as updates to apply (the snapshot
   * first): the snapshot and every log row not yet folded into it, read in
   * one statement so a compaction committing meanwhile cannot split them.
   * Rows are folded by id, not by range: a row given a lower id that
   * commits after a compaction read the log is kept and read here.
   */
  async load(documentId: string): Promise<StoredDocument> {
    const rows = await this.db
      .select({ id: documentSnapshots.lastUpdateId, data: documentSnapshots.data, snapshotAt: sql<Date | null>`${documentSnapshots.updatedAt}` })
      .from(documentSnapshots)
      .where(eq(documentSnapshots.documentId, documentId))
      .unionAll(
        this.db
          .select({ id: documentUpdates.id, data: documentUpdates.data, snapshotAt: sql<Date | null>`null::timestamptz` })
          .from(documentUpdates)
          .where(eq(documentUpdates.documentId, documentId)),
      );
    const snapshot = rows.find((r) => r.snapshotAt !== null);
    const tail = rows.filter((r) => r !== snapshot).sort((a, b) => Number(a.id) - Number(b.id));
    const ids = tail.map((r) => Number(r.id));
    return {
      updates: [...(snapshot ? [snapshot.data] : []), ...tail.map((r) => r.data)],
      basis: { rowIds: ids, snapshotAt: snapshot ? new Date(snapshot.snapshotAt!) : null },
      lastUpdateId: Math.max(Number(snapshot?.id ?? 0), ...ids),
    };
  }

  /**
   * Replaces the snapshot with `state` (which must include the snapshot and
   * the rows `basis` was read with) and drops exactly those rows, in one
   * transaction. Skipped when another compaction changed the snapshot since
   * `basis` was read: its snapshot may hold rows this one would lose.
   */
  async compact(documentId: string, state: Uint8Array, basis: CompactionBasis): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`compact:${documentId}`}))`);
      const [current] = await tx.select({ at: documentSnapshots.updatedAt, last: documentSnapshots.lastUpdateId }).from(documentSnapshots).where(eq(documentSnapshots.documentId, documentId));
      if ((current ? new Date(current.at).getTime() : null) !== (basis.snapshotAt?.getTime() ?? null)) return false;
      const lastUpdateId = Math.max(current?.last ?? 0, ...basis.rowIds);
      await tx
        .insert(documentSnapshots)
        .values({ documentId, data: state, lastUpdateId })
        .onConflictDoUpdate({ target: documentSnapshots.documentId, set: { data: state, lastUpdateId, updatedAt: new Date() } });
      if (basis.rowIds.length > 0) await tx.delete(documentUpdates).where(and(eq(documentUpdates.documentId, documentId), inArray(documentUpdates.id, basis.rowIds)));
      return true;
    });
  }

  /** Loads a document and, when its log tail has grown long, folds it into the snapshot. */
  async loadCompacting(documentId: string, doc: Y.Doc, origin: unknown): Promise<void> {
    const { updates, basis } = await this.load(documentId);
    Y.transact(doc, () => updates.forEach((u) => Y.applyUpdate(doc, u)), origin);
    if (basis.rowIds.length >= COMPACT_AFTER_ROWS) await this.compact(documentId, Y.encodeStateAsUpdate(doc), basis);
  }
}
