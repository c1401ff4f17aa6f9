import { safeHref } from "../inline.js";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * A link target for the public pages: a path on this site ("/offentlig/...")
 * or an http(s)/mailto address; null for anything else (javascript:, data:,
 * protocol-relative "//host").
 */
export function pageHref(href: string): string | null {
  if (/^\/(?![/\\])/.test(href) && !/[\u0000-\u001f\s\\]/.test(href)) return href;
  return safeHref(href);
}
