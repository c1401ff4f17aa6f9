import { trackedLead } from "../inline.js";
import type { Block, Run } from "../layout.js";
import { escapeHtml } from "./escape.js";
import { tableHtml } from "./tableHtml.js";

function runHtml(run: Run): string {
  let html = run.text.split("\n").map(escapeHtml).join("<br>");
  if (run.code) html = `<code>${html}</code>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.underline) html = `<u>${html}</u>`;
  if (run.strike) html = `<s>${html}</s>`;
  // Runs only carry hrefs that passed safeHref; escaping guards the quotes of the attribute.
  if (run.href) html = `<a href="${escapeHtml(run.href)}" rel="noopener noreferrer">${html}</a>`;
  return html;
}

/** Inline runs as escaped HTML. */
export function runsHtml(runs: Run[]): string {
  return runs.map(runHtml).join("");
}

const h = (level: number, text: string, className?: string): string => {
  const n = Math.min(Math.max(level, 1), 6);
  return `<h${n}${className ? ` class="${className}"` : ""}>${text}</h${n}>`;
};

/**
 * One render block as HTML. `level` is the heading level a heading standing
 * at this depth gets, so the outline stays h1 > h2 > h3 wherever a block sits.
 */
export function blockHtml(block: Block, level: number): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${runsHtml(block.runs)}</p>`;
    case "heading":
      return h(level + block.level - 1, runsHtml(block.runs));
    case "list": {
      const items = block.items.map((blocks) => `<li>${blocksHtml(blocks, level)}</li>`).join("");
      if (!block.ordered) return `<ul>${items}</ul>`;
      return `<ol${block.start !== 1 ? ` start="${block.start}"` : ""}>${items}</ol>`;
    }
    case "quote":
      return `<blockquote>${blocksHtml(block.blocks, level)}</blockquote>`;
    case "rule":
      return "<hr>";
    case "section":
      return `<section class="item-section">${h(level, escapeHtml(block.label), "item-section__label")}${blocksHtml(block.blocks, level + 1)}</section>`;
    case "tracked": {
      const { lead, rest } = trackedLead(block.blocks);
      const label = `<strong class="tracked__label">${escapeHtml(block.label)}</strong>`;
      const details = block.details ? `<p class="tracked__details">${escapeHtml(block.details)}</p>` : "";
      return `<div class="tracked tracked--${block.tone}"><p>${label}${lead.length > 0 ? ` ${runsHtml(lead)}` : ""}</p>${blocksHtml(rest, level)}${details}</div>`;
    }
    case "table":
      return tableHtml(block, (blocks) => blocksHtml(blocks, level));
    case "attendance":
      return `<div class="attendance">${block.groups
        .map((g) => `${h(level, escapeHtml(g.label), "attendance__label")}<ul>${g.people.map((p) => `<li>${escapeHtml(p)}</li>`).join("")}</ul>`)
        .join("")}</div>`;
    case "lines": {
      const list = block.lines.length > 0 ? `<ul>${block.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>` : `<p>${escapeHtml(block.empty)}</p>`;
      return `<div class="carry-over">${h(level, escapeHtml(block.title))}${list}</div>`;
    }
  }
}

/** Several render blocks as HTML. */
export function blocksHtml(blocks: Block[], level: number): string {
  return blocks.map((b) => blockHtml(b, level)).join("");
}
