import { zValidator } from "@hono/zod-validator";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import { meetingVersions, minuteComments, users } from "../../db/schema/index.js";
import { MEETING_STATUSES } from "../../shared/rules/lifecycle.js";
import { requireSession } from "../auth/middleware.js";
import { meetingAccess, policy } from "../auth/policies.js";
import { reviseMinutes, transitionMeeting } from "../commands/meetingLifecycle.js";
import { isNotifiedStep, notifyMembers } from "../commands/meetingNotifications.js";
import { ownOrigin } from "../auth/origin.js";
import type { AppDeps, AppEnv } from "../context.js";
import { AppError, forbidden, notFound } from "../errors.js";
import { presentMeeting } from "../presenters/meeting.js";
import { compareVersions } from "../queries/versionDiff.js";
import { validationHook } from "./validation.js";

const idParam = z.object({ id: z.string().uuid() });
const versionParams = z.object({ id: z.string().uuid(), kind: z.enum(["dagsorden", "referat", "godkendt", "offentliggjort"]), version: z.coerce.number().int().min(1) });

/** The meeting lifecycle: steps, frozen versions and their comparison, and comments on sent minutes. */
export function lifecycleRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const access = async (userId: string, meetingId: string) => {
    const found = await meetingAccess(db, userId, meetingId);
    if (!found) throw notFound("Mødet");
    return found;
  };

  return new Hono<AppEnv>()
    .post("/meetings/:id/transitions", zValidator("param", idParam, validationHook), zValidator("json", z.object({ to: z.enum(MEETING_STATUSES) }), validationHook), async (c) => {
      const { user } = requireSession(c);
      const { role } = await access(user.id, c.req.valid("param").id);
      const { to } = c.req.valid("json");
      await transitionMeeting(db, c.req.valid("param").id, to, role, user.id);
      if (isNotifiedStep(to)) await notifyMembers(db, c.req.valid("param").id, to, ownOrigin(c, deps.env));
      // Published minutes are locked: open editors reconnect and come back read-only.
      if (to === "offentliggjort") deps.rooms.reconnectAll((await access(user.id, c.req.valid("param").id)).documentId);
      const after = await access(user.id, c.req.valid("param").id);
      return c.json({ meeting: presentMeeting({ ...after, canEdit: policy.canEdit(after.role) }) });
    })
    .post("/meetings/:id/revisions", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { role } = await access(user.id, c.req.valid("param").id);
      return c.json({ version: await reviseMinutes(db, c.req.valid("param").id, role, user.id) }, 201);
    })
    .get("/meetings/:id/versions", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { meeting } = await access(user.id, c.req.valid("param").id);
      const rows = await db
        .select({ kind: meetingVersions.kind, version: meetingVersions.version, createdAt: meetingVersions.createdAt, by: users.name })
        .from(meetingVersions)
        .leftJoin(users, eq(users.id, meetingVersions.createdBy))
        .where(eq(meetingVersions.meetingId, meeting.id))
        .orderBy(asc(meetingVersions.id));
      return c.json({ versions: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) });
    })
    .get("/meetings/:id/versions/:kind/:version", zValidator("param", versionParams, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id, kind, version } = c.req.valid("param");
      await access(user.id, id);
      const [row] = await db.select().from(meetingVersions).where(and(eq(meetingVersions.meetingId, id), eq(meetingVersions.kind, kind), eq(meetingVersions.version, version)));
      if (!row) throw notFound("Versionen");
      return c.json({ kind: row.kind, version: row.version, createdAt: row.createdAt.toISOString(), doc: row.doc });
    })
    .get(
      "/meetings/:id/compare",
      zValidator("param", idParam, validationHook),
      zValidator("query", z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1), kind: z.enum(["dagsorden", "referat"]).default("referat") }), validationHook),
      async (c) => {
        const { user } = requireSession(c);
        const { meeting } = await access(user.id, c.req.valid("param").id);
        const { from, to, kind } = c.req.valid("query");
        const versions = await db.select().from(meetingVersions).where(and(eq(meetingVersions.meetingId, meeting.id), eq(meetingVersions.kind, kind)));
        const a = versions.find((v) => v.version === from);
        const b = versions.find((v) => v.version === to);
        if (!a || !b) throw notFound("Versionen");
        return c.json({ changes: compareVersions(a.doc, b.doc) });
      },
    )
    .get("/meetings/:id/comments", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { meeting } = await access(user.id, c.req.valid("param").id);
      const rows = await db
        .select({ c: minuteComments, author: users.name })
        .from(minuteComments)
        .leftJoin(users, eq(users.id, minuteComments.authorId))
        .where(eq(minuteComments.meetingId, meeting.id))
        .orderBy(asc(minuteComments.createdAt));
      return c.json({
        comments: rows.map(({ c: r, author }) => ({
          id: r.id,
          agendaItemId: r.agendaItemId,
          body: r.body,
          author,
          createdAt: r.createdAt.toISOString(),
          resolvedAt: r.resolvedAt?.toISOString() ?? null,
          resolution: r.resolution,
        })),
      });
    })
    .post(
      "/meetings/:id/comments",
      zValidator("param", idParam, validationHook),
      zValidator("json", z.object({ agendaItemId: z.string().min(1).max(100).nullable().default(null), body: z.string().trim().min(1, "Skriv en bemærkning.").max(5000) }), validationHook),
      async (c) => {
        const { user } = requireSession(c);
        const { meeting } = await access(user.id, c.req.valid("param").id);
        if (meeting.status !== "referat_udsendt") throw new AppError(409, "not_commentable", "Der kan kun gives bemærkninger til et udsendt referat.");
        const [version] = await db
          .select({ id: meetingVersions.id })
          .from(meetingVersions)
          .where(and(eq(meetingVersions.meetingId, meeting.id), eq(meetingVersions.kind, "referat")))
          .orderBy(desc(meetingVersions.version))
          .limit(1);
        const { agendaItemId, body } = c.req.valid("json");
        const [row] = await db.insert(minuteComments).values({ meetingId: meeting.id, versionId: version?.id, agendaItemId, body, authorId: user.id }).returning();
        return c.json({ comment: { id: row.id, agendaItemId, body, createdAt: row.createdAt.toISOString() } }, 201);
      },
    )
    .post(
      "/comments/:id/resolve",
      zValidator("param", idParam, validationHook),
      zValidator("json", z.object({ resolution: z.string().trim().min(1, "Skriv hvordan bemærkningen er håndteret.").max(5000) }), validationHook),
      async (c) => {
        const { user } = requireSession(c);
        const [comment] = await db.select().from(minuteComments).where(eq(minuteComments.id, c.req.valid("param").id));
        if (!comment) throw notFound("Bemærkningen");
        const { role } = await access(user.id, comment.meetingId);
        if (role !== "secretariat") throw forbidden("Kun sekretariatet kan afslutte bemærkninger.");
        const resolved = await db
          .update(minuteComments)
          .set({ resolvedAt: new Date(), resolvedBy: user.id, resolution: c.req.valid("json").resolution })
          .where(and(eq(minuteComments.id, comment.id), isNull(minuteComments.resolvedAt)))
          .returning();
        if (resolved.length === 0) throw new AppError(409, "already_resolved", "Bemærkningen er allerede afsluttet.");
        return c.json({ ok: true });
      },
    );
}
