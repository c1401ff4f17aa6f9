import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { accessLog, documents, meetings } from "../../db/schema/index.js";
import type { Logger } from "../logger.js";
import type { AccessNote } from "./accessTrail.js";

/** One entry ready to store: a note with who and from where. */
export type AccessEntry = Omit<AccessNote, "userId"> & { userId: string; ip: string };

// An open meeting page asks for the meeting and its panels every few
// seconds; one read of a meeting (or a forum's pages) per person in this
// window tells who looked without burying every other entry.
const READ_WINDOW_MS = 10 * 60 * 1000;
// Bounds the memory of recent reads; the oldest are forgotten first.
const MAX_REMEMBERED_READS = 50_000;

/** The key under which repeated reads of a whole meeting or forum are written once per window; null for entries always written. */
function readKey(e: AccessEntry): string | null {
  if (e.action !== "read") return null;
  if (e.subject === "meeting") return `${e.userId}|m|${e.meetingId}`;
  if (e.subject === "forum") return `${e.userId}|f|${e.forumId}`;
  return null;
}

/**
 * Stores access-log entries in Postgres. A failed write is logged and never
 * fails the request that was logged, except in strict mode (the tests),
 * where it is thrown so that no entry is lost without a failing test.
 */
export class AccessLogWriter {
  private readonly recentReads = new Map<string, number>();

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
    private readonly strict: boolean,
  ) {}

  /** Writes `entries` in one insert, leaving out reads repeated within the window. */
  async write(entries: AccessEntry[], now = new Date()): Promise<void> {
    const fresh = entries.filter((e) => this.isFresh(e, now.getTime()));
    if (fresh.length === 0) return;
    try {
      const rows = await this.withMeetings(fresh);
      await this.db.insert(accessLog).values(rows.map(({ documentId: _, ...row }) => ({ ...row, at: now })));
    } catch (error) {
      // Written again on the next read rather than skipped for the window.
      for (const e of fresh) {
        const key = readKey(e);
        if (key) this.recentReads.delete(key);
      }
      if (this.strict) throw error;
      this.log.error({ err: error, entries: fresh.length }, "access log entries could not be written");
    }
  }

  private isFresh(e: AccessEntry, nowMs: number): boolean {
    const key = readKey(e);
    if (!key) return true;
    const last = this.recentReads.get(key);
    if (last !== undefined && nowMs - last < READ_WINDOW_MS && nowMs >= last) return false;
    this.recentReads.delete(key);
    this.recentReads.set(key, nowMs);
    if (this.recentReads.size > MAX_REMEMBERED_READS) this.recentReads.delete(this.recentReads.keys().next().value!);
    return true;
  }

  // Entries that name only a document get its meeting and forum.
  private async withMeetings(entries: AccessEntry[]): Promise<AccessEntry[]> {
    const ids = [...new Set(entries.filter((e) => e.documentId && !e.meetingId).map((e) => e.documentId!))];
    if (ids.length === 0) return entries;
    const rows = await this.db
      .select({ documentId: documents.id, meetingId: meetings.id, forumId: meetings.forumId })
      .from(documents)
      .innerJoin(meetings, eq(meetings.id, documents.meetingId))
      .where(inArray(documents.id, ids));
    const byDocument = new Map(rows.map((r) => [r.documentId, r]));
    return entries.map((e) => {
      const found = e.documentId && !e.meetingId ? byDocument.get(e.documentId) : undefined;
      return found ? { ...e, meetingId: found.meetingId, forumId: e.forumId ?? found.forumId } : e;
    });
  }
}
