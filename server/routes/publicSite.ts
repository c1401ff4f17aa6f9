import { and, asc, desc, eq } from "drizzle-orm";
import { Hono, type Context } from "hono";
import { z } from "zod";
import { clusters, forums, meetings } from "../../db/schema/index.js";
import type { AppDeps, AppEnv } from "../context.js";
import { formatDanishDate, publicForumsHtml, publicMinutesHtml, publicPage, renderMeetingHtml } from "../render/index.js";
import { publishedRenderable } from "../queries/renderableMeeting.js";
import { sendExport } from "./exportFile.js";

const uuid = z.string().uuid();
const home = { label: "Offentliggjorte referater", href: "/offentlig" };

/**
 * The public site: published minutes per forum, without login, rendered from
 * the version frozen at publication. Nothing else of the system is reachable
 * here: drafts, unpublished meetings and unknown ids all answer the same 404.
 */
export function publicSiteRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const notFoundPage = (c: Context<AppEnv>) =>
    c.html(publicPage({ title: "Siden findes ikke", body: "<h1>Siden findes ikke</h1><p>Referatet er ikke offentliggjort eller findes ikke.</p>", breadcrumbs: [home] }), 404);

  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const rows = await db
        .selectDistinct({ id: forums.id, name: forums.name, clusterName: clusters.name })
        .from(meetings)
        .innerJoin(forums, eq(forums.id, meetings.forumId))
        .innerJoin(clusters, eq(clusters.id, forums.clusterId))
        .where(eq(meetings.status, "offentliggjort"))
        .orderBy(asc(clusters.name), asc(forums.name));
      const byCluster = new Map<string, typeof rows>();
      for (const r of rows) byCluster.set(r.clusterName, [...(byCluster.get(r.clusterName) ?? []), r]);
      const body =
        [...byCluster.entries()].map(([clusterName, list]) => publicForumsHtml({ clusterName, forums: list.map((f) => ({ href: `/offentlig/forum/${f.id}`, label: f.name })) })).join("\n") ||
        "<h1>Offentliggjorte referater</h1><p>Der er endnu ingen offentliggjorte referater.</p>";
      return c.html(publicPage({ title: "Offentliggjorte referater", body }));
    })
    .get("/forum/:id", async (c) => {
      const id = uuid.safeParse(c.req.param("id"));
      if (!id.success) return notFoundPage(c);
      const list = await db
        .select({ meeting: meetings, forumName: forums.name, clusterName: clusters.name })
        .from(meetings)
        .innerJoin(forums, eq(forums.id, meetings.forumId))
        .innerJoin(clusters, eq(clusters.id, forums.clusterId))
        .where(and(eq(meetings.forumId, id.data), eq(meetings.status, "offentliggjort")))
        .orderBy(desc(meetings.startsAt));
      if (list.length === 0) return notFoundPage(c);
      const { forumName, clusterName } = list[0];
      const minutes = list.map(({ meeting }) => ({
        href: `/offentlig/referat/${meeting.id}`,
        title: `${meeting.title}, ${formatDanishDate(meeting.startsAt)}`,
        startsAt: meeting.startsAt,
        downloads: [
          { href: `/offentlig/referat/${meeting.id}/pdf`, label: "PDF" },
          { href: `/offentlig/referat/${meeting.id}/docx`, label: "Word" },
        ],
      }));
      return c.html(publicPage({ title: forumName, body: publicMinutesHtml({ forumName, clusterName, minutes }), breadcrumbs: [home, { label: forumName }] }));
    })
    .get("/referat/:id/:format{pdf|docx}", async (c) => {
      const id = uuid.safeParse(c.req.param("id"));
      const meeting = id.success ? await publishedRenderable(db, id.data) : null;
      if (!meeting) return notFoundPage(c);
      return sendExport(c, meeting, c.req.param("format") as "pdf" | "docx");
    })
    .get("/referat/:id", async (c) => {
      const id = uuid.safeParse(c.req.param("id"));
      const meeting = id.success ? await publishedRenderable(db, id.data) : null;
      if (!meeting) return notFoundPage(c);
      const [{ forumId }] = await db.select({ forumId: meetings.forumId }).from(meetings).where(eq(meetings.id, id.data!));
      const title = `Referat: ${meeting.forumName}, ${formatDanishDate(meeting.startsAt)}`;
      return c.html(publicPage({ title, body: renderMeetingHtml(meeting), breadcrumbs: [home, { label: meeting.forumName, href: `/offentlig/forum/${forumId}` }, { label: formatDanishDate(meeting.startsAt) }] }));
    })
    .all("*", (c) => notFoundPage(c));
}
