import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../context.js";
import { HOUSE_CSS, formatDanishDate, publicAttachmentsHtml, publicForumsHtml, publicMinutesHtml, publicPage, renderMeetingHtml } from "../render/index.js";
import { frozenFile, publishedForums, publishedMinutesOf, publishedRecord } from "../queries/publicRecords.js";
import { versionRenderable } from "../queries/renderableMeeting.js";
import { contentDisposition } from "./contentDisposition.js";
import { sendExport } from "./exportFile.js";

const uuid = z.string().uuid();
const fileIndex = z.coerce.number().int().min(0).max(10_000);
const home = { label: "Offentliggjorte referater", href: "/offentlig" };

/**
 * The public site: published minutes per forum, without login, rendered
 * only from the versions frozen at publication (heading, document,
 * attachments); no live row is read for what the public sees. Drafts,
 * unpublished meetings and unknown ids all answer the same 404.
 */
export function publicSiteRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const notFoundPage = (c: Context<AppEnv>) =>
    c.html(publicPage({ title: "Siden findes ikke", body: "<h1>Siden findes ikke</h1><p>Referatet er ikke offentliggjort eller findes ikke.</p>", breadcrumbs: [home] }), 404);
  const published = async (c: Context<AppEnv>) => {
    const id = uuid.safeParse(c.req.param("id"));
    return id.success ? publishedRecord(db, id.data) : null;
  };

  return new Hono<AppEnv>()
    .get("/hus.css", (c) => c.body(HOUSE_CSS, 200, { "content-type": "text/css; charset=utf-8", "cache-control": "public, max-age=3600" }))
    .get("/", async (c) => {
      const rows = await publishedForums(db);
      const byCluster = new Map<string, typeof rows>();
      for (const r of rows) byCluster.set(r.clusterName, [...(byCluster.get(r.clusterName) ?? []), r]);
      const body =
        [...byCluster.entries()].map(([clusterName, list]) => publicForumsHtml({ clusterName, forums: list.map((f) => ({ href: `/offentlig/forum/${f.id}`, label: f.name })) })).join("\n") ||
        "<h1>Offentliggjorte referater</h1><p>Der er endnu ingen offentliggjorte referater.</p>";
      return c.html(publicPage({ title: "Offentliggjorte referater", body }));
    })
    .get("/forum/:id", async (c) => {
      const id = uuid.safeParse(c.req.param("id"));
      const list = id.success ? await publishedMinutesOf(db, id.data) : [];
      if (list.length === 0) return notFoundPage(c);
      const { forumName, clusterName } = list[0].version;
      const minutes = list.map(({ meetingId, version }) => ({
        href: `/offentlig/referat/${meetingId}`,
        title: `${version.title}, ${formatDanishDate(version.startsAt)}`,
        startsAt: version.startsAt,
        downloads: [
          { href: `/offentlig/referat/${meetingId}/pdf`, label: "PDF" },
          { href: `/offentlig/referat/${meetingId}/docx`, label: "Word" },
        ],
      }));
      return c.html(publicPage({ title: forumName, body: publicMinutesHtml({ forumName, clusterName, minutes }), breadcrumbs: [home, { label: forumName }] }));
    })
    .get("/referat/:id/bilag/:n", async (c) => {
      const record = await published(c);
      const n = fileIndex.safeParse(c.req.param("n"));
      const file = record && n.success ? record.version.attachments[n.data] : undefined;
      const data = file ? await frozenFile(db, file.sha256) : null;
      if (!file || !data) return notFoundPage(c);
      return c.body(data as Uint8Array<ArrayBuffer>, 200, {
        "content-type": file.contentType,
        "content-disposition": contentDisposition(file.filename),
        "x-content-type-options": "nosniff",
      });
    })
    .get("/referat/:id/:format{pdf|docx}", async (c) => {
      const record = await published(c);
      if (!record) return notFoundPage(c);
      return sendExport(c, versionRenderable(record.version), c.req.param("format") as "pdf" | "docx");
    })
    .get("/referat/:id", async (c) => {
      const record = await published(c);
      if (!record) return notFoundPage(c);
      const { version, forumId } = record;
      const meeting = versionRenderable(version);
      const files = version.attachments.map((a, n) => ({ href: `/offentlig/referat/${version.meetingId}/bilag/${n}`, label: a.filename }));
      const title = `Referat: ${meeting.forumName}, ${formatDanishDate(meeting.startsAt)}`;
      return c.html(
        publicPage({
          title,
          body: renderMeetingHtml(meeting) + publicAttachmentsHtml(files),
          breadcrumbs: [home, { label: meeting.forumName, href: `/offentlig/forum/${forumId}` }, { label: formatDanishDate(meeting.startsAt) }],
        }),
      );
    })
    .all("*", (c) => notFoundPage(c));
}
