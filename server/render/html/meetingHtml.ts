import { TOC_TITLE, type Item, type MeetingHeader } from "../layout.js";
import type { RenderableMeeting } from "../meetingModel.js";
import { walkMeeting } from "../walkMeeting.js";
import { blockHtml, blocksHtml } from "./blocksHtml.js";
import { escapeHtml } from "./escape.js";

function headerHtml(header: MeetingHeader): string {
  const facts = header.facts.map((fact) => `<dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd>`).join("");
  return (
    `<header class="meeting-header">` +
    `<p class="meeting-header__kind">${escapeHtml(header.kindWord)}</p>` +
    `<h1>${escapeHtml(header.title)}</h1>` +
    `<p class="meeting-header__forum">${escapeHtml(header.forumLine)}</p>` +
    `<dl class="meeting-header__facts">${facts}</dl>` +
    `</header>`
  );
}

function tocHtml(items: Item[]): string {
  if (items.length === 0) return "";
  const entries = items.map((item) => `<li><a href="#${item.anchor}">${escapeHtml(item.heading)}</a></li>`).join("");
  return `<nav class="toc" aria-labelledby="indholdsfortegnelse"><h2 id="indholdsfortegnelse">${TOC_TITLE}</h2><ol>${entries}</ol></nav>`;
}

function itemHtml(item: Item): string {
  return `<section class="agenda-item" id="${item.anchor}" aria-labelledby="${item.anchor}-titel"><h2 id="${item.anchor}-titel">${escapeHtml(item.heading)}</h2>${blocksHtml(item.blocks, 3)}</section>`;
}

/**
 * The agenda or minutes as a safe HTML fragment: heading, Indholdsfortegnelse
 * linking to each item ("#punkt-N"), then the items. Every text is escaped and
 * links keep only http(s)/mailto targets. Wrap it with {@link publicPage} for a whole page.
 */
export function renderMeetingHtml(m: RenderableMeeting): string {
  const layout = walkMeeting(m);
  const body = layout.body.map((part) => (part.kind === "item" ? itemHtml(part) : blockHtml(part, 2))).join("");
  return `<article class="meeting">${headerHtml(layout.header)}${tocHtml(layout.items)}${body}</article>`;
}
