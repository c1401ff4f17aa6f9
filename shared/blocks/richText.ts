import type { DocJSON } from "./types.js";

// The text of inline content; a hard break is a line break.
function inlineText(node: DocJSON): string {
  return (node.content ?? []).map((child) => (child.type === "hardBreak" ? "\n" : (child.text ?? ""))).join("");
}

function listLines(list: DocJSON): string[] {
  const start = typeof list.attrs?.start === "number" ? list.attrs.start : 1;
  return (list.content ?? []).flatMap((item, index) => {
    const marker = list.type === "orderedList" ? `${start + index}. ` : "- ";
    // Later lines of an item (a second paragraph, a nested list) line up under its text.
    return linesOf(item.content ?? []).map((line, i) => (i === 0 ? marker : " ".repeat(marker.length)) + line);
  });
}

function blockLines(node: DocJSON): string[] {
  switch (node.type) {
    case "text":
    case "hardBreak":
      return [];
    case "bulletList":
    case "orderedList":
      return listLines(node);
    default: {
      const children = node.content ?? [];
      if (children.length > 0 && children.every((c) => c.type === "text" || c.type === "hardBreak")) {
        const text = inlineText(node);
        return text.trim() ? text.split("\n") : [];
      }
      return linesOf(children);
    }
  }
}

function linesOf(blocks: DocJSON[]): string[] {
  return blocks.flatMap(blockLines);
}

/**
 * The text of a decision, action item or escalation as other forums read
 * it: each paragraph a line, list items as "- item" or "1. item" lines
 * (nested ones indented), empty lines left out.
 */
export function richText(blocks: DocJSON[]): string {
  return linesOf(blocks).join("\n").trim();
}
