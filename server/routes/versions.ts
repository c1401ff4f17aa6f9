import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { VERSION_KINDS } from "../../shared/protocol/versions.js";
import { authorize } from "../auth/authorize.js";
import { noteMeeting } from "../audit/accessTrail.js";
import { requireSession } from "../auth/middleware.js";
import { publicUrl } from "../publicUrl.js";
import { reviseMinutes } from "../commands/meetingLifecycle.js";
import type { AppDeps, AppEnv } from "../context.js";
import { notFound } from "../errors.js";
import { findVersion, listVersions } from "../queries/meetingVersions.js";
import { versionRenderable } from "../queries/renderableMeeting.js";
import { compareHeadings, compareVersions } from "../queries/versionDiff.js";
import { sendExport } from "./exportFile.js";
import { validationHook } from "./validation.js";

const idParam = z.object({ id: z.string().uuid() });
const kind = z.enum(VERSION_KINDS);
const versionParams = idParam.extend({ kind, version: z.coerce.number().int().min(1).max(1_000_000) });
const compareQuery = z.object({
  from: z.coerce.number().int().min(1).max(1_000_000),
  to: z.coerce.number().int().min(1).max(1_000_000),
  kind: kind.default("referat"),
  /** The kind of the later version, when it differs (e.g. godkendt against offentliggjort). */
  toKind: kind.optional(),
});

/** A version in words for the access log: "godkendt 2". */
const versionName = (v: { kind: string; version: number }) => `${v.kind} ${v.version}`;

/** The frozen versions of a meeting: list, each one as JSON, PDF or Word, their comparison, and a revision of sent minutes. */
export function versionRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const read = (user: { id: string }, meetingId: string) => authorize(db, user, "meeting.read", { meetingId });
  const version = async (meetingId: string, k: z.infer<typeof kind>, n: number) => {
    const found = await findVersion(db, meetingId, k, n);
    if (!found) throw notFound("Versionen");
    return found;
  };

  return new Hono<AppEnv>()
    .post("/meetings/:id/revisions", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id } = c.req.valid("param");
      const access = await authorize(db, user, "minutes.revise", { meetingId: id });
      noteMeeting(c, "change", access, "Udsendte et revideret referat", "version", null);
      return c.json({ version: await reviseMinutes({ db, rooms: deps.rooms, origin: publicUrl(deps.env) }, id, user.id) }, 201);
    })
    .get("/meetings/:id/versions", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { meeting } = await read(user, c.req.valid("param").id);
      noteMeeting(c, "read", { meeting }, "Mødets versioner");
      return c.json({ versions: await listVersions(db, meeting.id) });
    })
    .get("/meetings/:id/versions/:kind/:version", zValidator("param", versionParams, validationHook), async (c) => {
      const { user } = requireSession(c);
      const p = c.req.valid("param");
      const access = await read(user, p.id);
      const v = await version(p.id, p.kind, p.version);
      noteMeeting(c, "read", access, `Versionen ${versionName(v)}`, "version", `${v.kind}/${v.version}`);
      return c.json({ kind: v.kind, version: v.version, createdAt: v.createdAt.toISOString(), title: v.title, startsAt: v.startsAt.toISOString(), place: v.place, hostName: v.hostName, leaderName: v.leaderName, jointForumName: v.jointForumName, attachments: v.attachments, doc: v.doc });
    })
    .get("/meetings/:id/versions/:kind/:version/:format{pdf|docx}", zValidator("param", versionParams.extend({ format: z.enum(["pdf", "docx"]) }), validationHook), async (c) => {
      const { user } = requireSession(c);
      const p = c.req.valid("param");
      const access = await read(user, p.id);
      const v = await version(p.id, p.kind, p.version);
      noteMeeting(c, "read", access, `Versionen ${versionName(v)} (${p.format.toUpperCase()})`, "export", `${v.kind}/${v.version}`);
      return sendExport(c, versionRenderable(v), p.format);
    })
    .get("/meetings/:id/compare", zValidator("param", idParam, validationHook), zValidator("query", compareQuery, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { meeting } = await read(user, c.req.valid("param").id);
      const q = c.req.valid("query");
      const a = await version(meeting.id, q.kind, q.from);
      const b = await version(meeting.id, q.toKind ?? q.kind, q.to);
      noteMeeting(c, "read", { meeting }, `Sammenlignede ${versionName(a)} med ${versionName(b)}`, "version", null);
      return c.json({ changes: compareVersions(a.doc, b.doc), fields: compareHeadings(a, b) });
    });
}
