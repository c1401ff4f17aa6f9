/** The kinds of frozen versions: the agenda as sent, the minutes as sent (and revised), approved, published. */
export const VERSION_KINDS = ["dagsorden", "referat", "godkendt", "offentliggjort"] as const;
/** A kind of frozen version. */
export type VersionKind = (typeof VERSION_KINDS)[number];

/** How one agenda item differs between two versions (`GET /api/meetings/:id/compare`). */
export interface ItemChange {
  id: string;
  title: string;
  change: "added" | "removed" | "changed";
  before: string | null;
  after: string | null;
}

/** A heading field or the attachment list that differs between two versions; "" stands for none. */
export interface FieldChange {
  /** `host`, `leader` and `jointForum` are the names of the host organisation, the mødeleder and the joint forum. */
  field: "title" | "startsAt" | "place" | "host" | "leader" | "jointForum" | "attachments";
  before: string;
  after: string;
}
