import { zValidator } from "@hono/zod-validator";
import { asc, eq, getTableColumns } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import { attachments } from "../../db/schema/index.js";
import { ATTACHMENT_TYPES, detectAttachmentType } from "../../shared/protocol/attachments.js";
import { requireSession } from "../auth/middleware.js";
import { meetingAccess, policy } from "../auth/policies.js";
import type { AppDeps, AppEnv } from "../context.js";
import { AppError, forbidden, notFound } from "../errors.js";
import { presentAttachment } from "../presenters/attachment.js";
import { addAttachment, removeAttachment } from "../commands/attachmentChanges.js";
import { contentDisposition } from "./contentDisposition.js";
import { validationHook } from "./validation.js";

const idParam = z.object({ id: z.string().uuid() });
const uploadForm = z.object({
  file: z.instanceof(File, { message: "Vælg en fil." }),
  agendaItemId: z.string().min(1).max(100).optional(),
});
const { data: _data, ...metadataColumns } = getTableColumns(attachments);

/** The error for a file over the attachment limit, naming the limit in MB. */
export function attachmentTooLarge(maxBytes: number): AppError {
  const maxMb = (maxBytes / 1024 / 1024).toLocaleString("da-DK", { maximumFractionDigits: 1 });
  return new AppError(413, "attachment_too_large", `Filen er for stor. Bilag må højst fylde ${maxMb} MB.`);
}

/** Attachments (Bilag): upload by editors, list and download by anyone who may read the meeting. */
export function attachmentRoutes(deps: AppDeps) {
  const { db } = deps.database;

  const readable = async (userId: string, meetingId: string) => {
    const access = await meetingAccess(db, userId, meetingId);
    if (!access) throw notFound("Mødet");
    return access;
  };

  return new Hono<AppEnv>()
    .get("/meetings/:id/attachments", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { meeting } = await readable(user.id, c.req.valid("param").id);
      const rows = await db.select(metadataColumns).from(attachments).where(eq(attachments.meetingId, meeting.id)).orderBy(asc(attachments.createdAt));
      return c.json({ attachments: rows.map(presentAttachment) });
    })
    .post("/meetings/:id/attachments", zValidator("param", idParam, validationHook), zValidator("form", uploadForm, validationHook), async (c) => {
      const { user } = requireSession(c);
      const access = await readable(user.id, c.req.valid("param").id);
      if (!policy.canEdit(access.role)) throw forbidden("Kun formandskab og sekretariat kan vedhæfte bilag.");
      const { file, agendaItemId } = c.req.valid("form");
      if (file.size > deps.env.MAX_ATTACHMENT_BYTES) {
        throw attachmentTooLarge(deps.env.MAX_ATTACHMENT_BYTES);
      }
      const data = new Uint8Array(await file.arrayBuffer());
      const type = detectAttachmentType(file.name, data.subarray(0, 16));
      if (!type) {
        const allowed = [...new Set(ATTACHMENT_TYPES.map((t) => t.extension))].join(", ");
        throw new AppError(415, "attachment_type", `Filtypen er ikke tilladt. Tilladte typer: ${allowed}.`);
      }
      const row = await addAttachment(db, access.meeting.id, { agendaItemId, filename: file.name.slice(0, 255), contentType: type.contentType, size: data.byteLength, data, uploadedBy: user.id });
      return c.json({ attachment: presentAttachment(row) }, 201);
    })
    .get("/attachments/:id", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const [row] = await db.select().from(attachments).where(eq(attachments.id, c.req.valid("param").id));
      if (!row || !(await meetingAccess(db, user.id, row.meetingId))) throw notFound("Bilaget");
      return c.body(row.data as Uint8Array<ArrayBuffer>, 200, {
        "content-type": row.contentType,
        "content-length": String(row.size),
        "content-disposition": contentDisposition(row.filename),
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      });
    })
    .delete("/attachments/:id", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const [row] = await db.select(metadataColumns).from(attachments).where(eq(attachments.id, c.req.valid("param").id));
      const access = row ? await meetingAccess(db, user.id, row.meetingId) : null;
      if (!row || !access) throw notFound("Bilaget");
      if (!policy.canEdit(access.role)) throw forbidden("Kun formandskab og sekretariat kan fjerne bilag.");
      await removeAttachment(db, row.meetingId, row.id);
      return c.json({ ok: true });
    });
}
