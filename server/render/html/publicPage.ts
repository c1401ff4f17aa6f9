import { escapeHtml, pageHref } from "./escape.js";

// Served by the public site routes (server/routes/publicSite.ts).
const HOUSE_CSS_PATH = "/offentlig/hus.css";

/** One step of the breadcrumb trail; the last one is the page itself and needs no link. */
export interface Breadcrumb {
  label: string;
  href?: string;
}

/** What {@link publicPage} wraps. */
export interface PublicPageInput {
  /** The document's <title>. */
  title: string;
  /** A trusted HTML fragment that brings its own <h1>, e.g. from renderMeetingHtml or the index helpers. */
  body: string;
  breadcrumbs?: Breadcrumb[];
}

function breadcrumbsHtml(crumbs: Breadcrumb[]): string {
  if (crumbs.length === 0) return "";
  const items = crumbs.map((crumb, i) => {
    const label = escapeHtml(crumb.label);
    if (i === crumbs.length - 1) return `<li><span aria-current="page">${label}</span></li>`;
    const href = crumb.href ? pageHref(crumb.href) : null;
    return `<li>${href ? `<a href="${escapeHtml(href)}">${label}</a>` : label}</li>`;
  });
  return `<header class="site"><nav aria-label="Brødkrumme"><ol>${items.join("")}</ol></nav></header>`;
}

/**
 * A complete public HTML page: Danish, UTF-8, responsive, the house style
 * linked from this server (the CSP allows no inline style), no scripts and nothing loaded from elsewhere, and nothing of the
 * system beyond the breadcrumbs and the body it is given.
 */
export function publicPage({ title, body, breadcrumbs = [] }: PublicPageInput): string {
  return [
    "<!doctype html>",
    '<html lang="da">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<link rel="stylesheet" href="${HOUSE_CSS_PATH}">`,
    "</head>",
    "<body>",
    '<a class="skip" href="#indhold">Gå til indhold</a>',
    breadcrumbsHtml(breadcrumbs),
    `<main id="indhold">${body}</main>`,
    "</body>",
    "</html>",
  ].join("\n");
}
