import type { DocJSON } from "../../shared/blocks/types.js";
import type { Block, Run } from "./layout.js";

/** The address of a link when it is safe to print as one: http(s) or mailto; null otherwise. */
export function safeHref(value: unknown): string | null {
  if (typeof value !== "string") return null;
  try {
    // The parsed form, not the input: the parser drops the tabs and newlines that could hide a scheme.
    const url = new URL(value.trim());
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function runOf(node: DocJSON): Run {
  const run: Run = { text: node.text ?? "" };
  for (const mark of node.marks ?? []) {
    switch (mark.type) {
      case "bold":
      case "italic":
      case "underline":
      case "strike":
      case "code":
        run[mark.type] = true;
        break;
      case "link": {
        const href = safeHref(mark.attrs?.href);
        if (href) run.href = href;
        break;
      }
    }
  }
  return run;
}

/** The inline content of a text block as runs; hard breaks become "\n". */
export function runsOf(node: DocJSON): Run[] {
  return (node.content ?? []).flatMap((child): Run[] => {
    if (child.type === "hardBreak") return [{ text: "\n" }];
    if (child.type === "text" && child.text) return [runOf(child)];
    return [];
  });
}

/** The plain text of runs. */
export function textOf(runs: Run[]): string {
  return runs.map((r) => r.text).join("");
}

/**
 * A tracked block's content split for printing with its label in front: the
 * runs of its first paragraph (empty when it opens with a list) and the blocks after.
 */
export function trackedLead(blocks: Block[]): { lead: Run[]; rest: Block[] } {
  const [first, ...rest] = blocks;
  return first?.kind === "paragraph" ? { lead: first.runs, rest } : { lead: [], rest: blocks };
}
