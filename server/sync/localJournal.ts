import { mkdirSync } from "node:fs";
import { open, readFile, truncate, type FileHandle } from "node:fs/promises";
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
  // Appends and acknowledgements take turns: emptying the file must never erase a line still waiting on fsync.
  private turn: Promise<unknown> = Promise.resolve();
  /** Entries not yet in the database, oldest first. */
  readonly pending: JournalEntry[] = [];
  bytes = 0;
  /** Lines cut short by a crash (cut off on open) or unreadable (skipped), found by the last `open`. */
  repairedLines = 0;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, "updates.ndjson");
  }

  /** Reads entries left by an earlier run, cutting off a last line torn by a crash so the next append starts on a line of its own. */
  async open(): Promise<void> {
    const raw = await readFile(this.path).catch(() => Buffer.alloc(0));
    const end = raw.lastIndexOf(0x0a) + 1;
    // A line cut short by a crash was never fsynced, so never counted as stored.
    if (end < raw.length) {
      await truncate(this.path, end);
      this.repairedLines++;
    }
    for (const line of raw.subarray(0, end).toString("utf8").split("\n")) {
      if (line === "") continue;
      const entry = parseLine(line);
      if (!entry) {
        this.repairedLines++;
        continue;
      }
      this.pending.push(entry);
      this.bytes += line.length + 1;
    }
    this.file = await open(this.path, "a");
  }

  /** Appends an entry and waits until it is on disk. */
  append(documentId: string, data: Uint8Array): Promise<JournalEntry> {
    const entry = { ref: `${this.bootId}:${++this.seq}`, documentId, data };
    const line = `${JSON.stringify({ r: entry.ref, d: documentId, u: Buffer.from(data).toString("base64") })}\n`;
    return this.inTurn(async () => {
      await this.file!.write(line);
      await this.file!.datasync();
      this.pending.push(entry);
      this.bytes += line.length;
      return entry;
    });
  }

  /** Drops the oldest entry once the database has it; empties the file when nothing is left. */
  acknowledge(entry: JournalEntry): Promise<void> {
    if (this.pending[0] !== entry) throw new Error("journal entries must be acknowledged in order");
    this.pending.shift();
    return this.inTurn(async () => {
      if (this.pending.length > 0) return;
      await this.file!.truncate(0);
      this.bytes = 0;
    });
  }

  /** The pending entries of one document. */
  entriesFor(documentId: string): Uint8Array[] {
    return this.pending.filter((e) => e.documentId === documentId).map((e) => e.data);
  }

  async close(): Promise<void> {
    await this.turn.catch(() => {});
    await this.file?.close();
  }

  private inTurn<T>(op: () => Promise<T>): Promise<T> {
    const run = this.turn.then(op, op);
    this.turn = run.catch(() => {});
    return run;
  }
}

function parseLine(line: string): JournalEntry | null {
  try {
    const { r, d, u } = JSON.parse(line) as { r: unknown; d: unknown; u: unknown };
    if (typeof r !== "string" || typeof d !== "string" || typeof u !== "string") return null;
    return { ref: r, documentId: d, data: new Uint8Array(Buffer.from(u, "base64")) };
  } catch {
    return null;
  }
}
