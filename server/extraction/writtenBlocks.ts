import { createHash } from "node:crypto";
import type { ExtractedBlocks } from "../../shared/blocks/extractBlocks.js";

/** Documents remembered at most; the oldest is forgotten first (and simply written again next time). */
const MAX_ENTRIES = 10_000;

/** A digest of extracted blocks: equal blocks, equal fingerprints. */
export function fingerprintOf(blocks: ExtractedBlocks): string {
  return createHash("sha256").update(JSON.stringify(blocks)).digest("base64");
}

/**
 * What this process last wrote to each document's block tables, and the
 * marker it left: most edits are prose, and when the blocks are as last
 * written the tables are already right. Valid only while the marker is
 * still the one this process left, so a write by another node in between
 * is never taken for ours.
 */
export class WrittenBlocks {
  private readonly entries = new Map<string, { fingerprint: string; through: number }>();

  /** Whether the tables already hold these blocks: we wrote them, and nobody extracted the document since. */
  isCurrent(documentId: string, fingerprint: string, markedThrough: number): boolean {
    const entry = this.entries.get(documentId);
    return entry !== undefined && entry.fingerprint === fingerprint && entry.through === markedThrough;
  }

  /** Notes a committed extraction. */
  remember(documentId: string, fingerprint: string, through: number): void {
    this.entries.delete(documentId);
    this.entries.set(documentId, { fingerprint, through });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }
}
