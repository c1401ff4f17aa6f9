import { mkdirSync } from "node:fs";
import { open, readFile, type FileHandle } from "node:fs/promises";
import { join } from "node:path";

/** One update waiting on local disk for the database. */
export interface JournalEntry {
  /** Unique across restarts: replaying an entry twice stores it once. */
  ref: string;
  documentId: string;
  data: Uint8Array;
}

/**
 * An append-only file of updates the database could not take, fsynced
 * before an update counts as stored. Survives a crash of this process; the
 * entries are replayed into the database when it answers again.
 */
export class LocalJournal {
  private file: FileHandle | undefined;
  private readonly path: string;
  private readonly bootId = crypto.randomUUID();
  private seq = 0;
  /** Entries not yet in the database, oldest first. */
  readonly pending: JournalEntry[] = [];
  bytes = 0;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, "updates.ndjson");
  }

  /** Reads entries left by an earlier run. */
  async open(): Promise<void> {
    const text = await readFile(this.path, "utf8").catch(() => "");
    for (const line of text.split("\n")) {
      // A line cut short by a crash was never fsynced, so never counted as stored.
      if (!line.endsWith("}")) continue;
      const { r, d, u } = JSON.parse(line) as { r: string; d: string; u: string };
      this.pending.push({ ref: r, documentId: d, data: new Uint8Array(Buffer.from(u, "base64")) });
      this.bytes += line.length;
    }
    this.file = await open(this.path, "a");
  }

  /** Appends entries and waits until they are on disk. */
  async append(documentId: string, data: Uint8Array): Promise<JournalEntry> {
    const entry = { ref: `${this.bootId}:${++this.seq}`, documentId, data };
    const line = `${JSON.stringify({ r: entry.ref, d: documentId, u: Buffer.from(data).toString("base64") })}\n`;
    await this.file!.write(line);
    await this.file!.datasync();
    this.pending.push(entry);
    this.bytes += line.length;
    return entry;
  }

  /** Drops the oldest entry once the database has it; empties the file when nothing is left. */
  async acknowledge(entry: JournalEntry): Promise<void> {
    if (this.pending[0] !== entry) throw new Error("journal entries must be acknowledged in order");
    this.pending.shift();
    if (this.pending.length === 0) {
      await this.file!.truncate(0);
      this.bytes = 0;
    }
  }

  /** The pending entries of one document. */
  entriesFor(documentId: string): Uint8Array[] {
    return this.pending.filter((e) => e.documentId === documentId).map((e) => e.data);
  }

  async close(): Promise<void> {
    await this.file?.close();
  }
}
