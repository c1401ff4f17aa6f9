import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { ATTACHMENT_TYPES, detectAttachmentType } from "../../shared/protocol/attachments.js";
import { authorize } from "../auth/authorize.js";
import { noteMeeting } from "../audit/accessTrail.js";
import { requireSession } from "../auth/middleware.js";
import type { AppDeps, AppEnv } from "../context.js";
import { AppError, notFound } from "../errors.js";
import { presentAttachment } from "../presenters/attachment.js";
import { addAttachment, removeAttachment } from "../commands/attachmentChanges.js";
import { attachmentData, listAttachments } from "../queries/attachments.js";
import { contentDisposition } from "./contentDisposition.js";
import { validationHook } from "./validation.js";

const idParam = z.object({ id: z.string().uuid() });
const uploadForm = z.object({
  file: z.instanceof(File, { message: "Vælg en fil." }),
  agendaItemId: z.string().min(1).max(100).optional(),
});

/** The error for a file over the attachment limit, naming the limit in MB. */
export function attachmentTooLarge(maxBytes: number): AppError {
  const maxMb = (maxBytes / 1024 / 1024).toLocaleString("da-DK", { maximumFractionDigits: 1 });
  return new AppError(413, "attachment_too_large", `Filen er for stor. Bilag må højst fylde ${maxMb} MB.`);
}

/** Attachments (Bilag): upload by editors, list and download by anyone who may read the meeting. */
export function attachmentRoutes(deps: AppDeps) {
  const { db } = deps.database;
  return new Hono<AppEnv>()
    .get("/meetings/:id/attachments", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { meeting } = await authorize(db, user, "meeting.read", { meetingId: c.req.valid("param").id });
      noteMeeting(c, "read", { meeting }, "Mødets bilag");
      return c.json({ attachments: (await listAttachments(db, meeting.id)).map(presentAttachment) });
    })
    .post("/meetings/:id/attachments", zValidator("param", idParam, validationHook), zValidator("form", uploadForm, validationHook), async (c) => {
      const { user } = requireSession(c);
      const access = await authorize(db, user, "attachment.add", { meetingId: c.req.valid("param").id });
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
      noteMeeting(c, "change", access, `Tilføjede bilaget »${row.filename}«`, "attachment", row.id);
      return c.json({ attachment: presentAttachment(row) }, 201);
    })
    .get("/attachments/:id", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { access, attachment } = await authorize(db, user, "attachment.read", { attachmentId: c.req.valid("param").id });
      noteMeeting(c, "read", access, `Hentede bilaget »${attachment.filename}«`, "attachment", attachment.id);
      const data = await attachmentData(db, attachment.id);
      // Removed between the check and the read.
      if (!data) throw notFound("Bilaget");
      return c.body(data as Uint8Array<ArrayBuffer>, 200, {
        "content-type": attachment.contentType,
        "content-length": String(attachment.size),
        "content-disposition": contentDisposition(attachment.filename),
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      });
    })
    .delete("/attachments/:id", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { access, attachment } = await authorize(db, user, "attachment.remove", { attachmentId: c.req.valid("param").id });
      noteMeeting(c, "change", access, `Fjernede bilaget »${attachment.filename}«`, "attachment", attachment.id);
      await removeAttachment(db, attachment.meetingId, attachment.id);
      return c.json({ ok: true });
    });
}
