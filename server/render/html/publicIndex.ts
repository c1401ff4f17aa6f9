import { formatDanishDate } from "../danishDate.js";
import { escapeHtml, pageHref } from "./escape.js";

/** A link on a public index page. Targets that are neither site paths nor http(s) are printed as plain text. */
export interface PublicLink {
  href: string;
  label: string;
  /** A line under the link, e.g. what the forum reports to. */
  description?: string;
}

/** One published set of minutes in a forum's list. */
export interface PublishedMinutes {
  href: string;
  title: string;
  startsAt: Date;
  /** Downloads such as { label: "PDF", href: ".../referat.pdf" }. */
  downloads?: PublicLink[];
}

function linkHtml(link: Pick<PublicLink, "href" | "label">): string {
  const href = pageHref(link.href);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(link.label)}</a>` : escapeHtml(link.label);
}

function listHtml(entries: string[], empty: string): string {
  return entries.length > 0 ? `<ul class="public-list">${entries.map((e) => `<li>${e}</li>`).join("")}</ul>` : `<p>${escapeHtml(empty)}</p>`;
}

/** The body of the public front page: the cluster's forums that publish minutes. */
export function publicForumsHtml(input: { clusterName: string; forums: PublicLink[] }): string {
  const entries = input.forums.map(
    (forum) => `${linkHtml(forum)}${forum.description ? `<span class="public-list__meta">${escapeHtml(forum.description)}</span>` : ""}`,
  );
  return `<h1>${escapeHtml(input.clusterName)}</h1><p>Godkendte referater fra sundhedsklyngens fora.</p>${listHtml(entries, "Der er endnu ingen fora med offentliggjorte referater.")}`;
}

/** The body of a forum's public page: its published minutes, newest first as given. */
export function publicMinutesHtml(input: { forumName: string; clusterName: string; minutes: PublishedMinutes[] }): string {
  const entries = input.minutes.map((m) => {
    const downloads = (m.downloads ?? []).map(linkHtml).join(" · ");
    const meta = [formatDanishDate(m.startsAt), downloads].filter(Boolean).join(" · ");
    return `${linkHtml({ href: m.href, label: m.title })}<span class="public-list__meta">${meta}</span>`;
  });
  return `<h1>${escapeHtml(input.forumName)}</h1><p>${escapeHtml(input.clusterName)}: godkendte referater.</p>${listHtml(entries, "Der er endnu ingen offentliggjorte referater.")}`;
}

/** The attachments of published minutes as download links, or nothing when there are none. */
export function publicAttachmentsHtml(files: PublicLink[]): string {
  if (files.length === 0) return "";
  return `<section aria-labelledby="bilag-heading"><h2 id="bilag-heading">Bilag</h2>${listHtml(files.map(linkHtml), "")}</section>`;
}
