import type { attachments } from "../../db/schema/index.js";

/** An attachment's metadata as the API shows it; the bytes come from its download URL. */
export function presentAttachment(row: Omit<typeof attachments.$inferSelect, "data">) {
  return {
    id: row.id,
    meetingId: row.meetingId,
    agendaItemId: row.agendaItemId,
    filename: row.filename,
    contentType: row.contentType,
    size: row.size,
    createdAt: row.createdAt.toISOString(),
    url: `/api/attachments/${row.id}`,
  };
}
