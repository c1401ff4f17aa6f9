import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { authorize } from "../auth/authorize.js";
import { noteMeeting } from "../audit/accessTrail.js";
import { requireSession } from "../auth/middleware.js";
import { addComment, resolveComment } from "../commands/minuteComments.js";
import type { AppDeps, AppEnv } from "../context.js";
import { listComments } from "../queries/minuteComments.js";
import { validationHook } from "./validation.js";

const idParam = z.object({ id: z.string().uuid() });
const newComment = z.object({ agendaItemId: z.string().min(1).max(100).nullable().default(null), body: z.string().trim().min(1, "Skriv en bemærkning.").max(5000) });
const resolution = z.object({ resolution: z.string().trim().min(1, "Skriv hvordan bemærkningen er håndteret.").max(5000) });

/** Members' comments (bemærkninger) on sent minutes, and their resolution by the secretariat. */
export function commentRoutes(deps: AppDeps) {
  const { db } = deps.database;
  return new Hono<AppEnv>()
    .get("/meetings/:id/comments", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { meeting } = await authorize(db, user, "meeting.read", { meetingId: c.req.valid("param").id });
      noteMeeting(c, "read", { meeting }, "Bemærkninger til referatet");
      return c.json({ comments: await listComments(db, meeting.id) });
    })
    .post("/meetings/:id/comments", zValidator("param", idParam, validationHook), zValidator("json", newComment, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { meeting } = await authorize(db, user, "comment.write", { meetingId: c.req.valid("param").id });
      const { agendaItemId, body } = c.req.valid("json");
      const row = await addComment(db, meeting.id, user.id, agendaItemId, body);
      noteMeeting(c, "change", { meeting }, "Skrev en bemærkning til referatet", "comment", row.id);
      return c.json({ comment: { id: row.id, agendaItemId, body, createdAt: row.createdAt.toISOString() } }, 201);
    })
    .post("/comments/:id/resolve", zValidator("param", idParam, validationHook), zValidator("json", resolution, validationHook), async (c) => {
      const { user } = requireSession(c);
      const access = await authorize(db, user, "comment.resolve", { commentId: c.req.valid("param").id });
      noteMeeting(c, "change", access, "Afsluttede en bemærkning", "comment", c.req.valid("param").id);
      await resolveComment(db, c.req.valid("param").id, user.id, c.req.valid("json").resolution);
      return c.json({ ok: true });
    });
}
