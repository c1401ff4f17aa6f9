/** The kinds of frozen versions: the agenda as sent, the minutes as sent (and revised), approved, published. */
export type VersionKind = "dagsorden" | "referat" | "godkendt" | "offentliggjort";

/** How one agenda item differs between two versions (`GET /api/meetings/:id/compare`). */
export interface ItemChange {
  id: string;
  title: string;
  change: "added" | "removed" | "changed";
  before: string | null;
  after: string | null;
}
