import type { DocJSON } from "../blocks/types.js";

/**
 * The tracked blocks that hold paragraphs and lists: decisions, action items
 * and escalations. Documents stored before they did hold their text directly
 * in the block ("inline*"); readers here take both shapes.
 */
export const RICH_BLOCK_TYPES: ReadonlySet<string> = new Set(["decision", "actionItem", "escalation"]);

/** The content expression of a rich block. Tables, headings and nested tracked blocks stay outside them. */
export const RICH_BLOCK_CONTENT = "(paragraph | bulletList | orderedList)+";

// The inline nodes the schema has: what the old shape held directly in a block.
const INLINE_TYPES: ReadonlySet<string> = new Set(["text", "hardBreak"]);

/** True for a node the schema sets inline (text and hard breaks). */
export const isInlineType = (type: string): boolean => INLINE_TYPES.has(type);

/**
 * The children of a rich block as blocks: each run of loose inline nodes
 * (the old shape) becomes one paragraph, and an empty block gets an empty
 * paragraph, so every stored shape reads as content the schema allows.
 */
export function richBlockContent(node: DocJSON): DocJSON[] {
  const out: DocJSON[] = [];
  let run: DocJSON[] | null = null;
  for (const child of node.content ?? []) {
    if (!isInlineType(child.type)) {
      run = null;
      out.push(child);
      continue;
    }
    if (!run) {
      run = [];
      out.push({ type: "paragraph", content: run });
    }
    run.push(child);
  }
  return out.length > 0 ? out : [{ type: "paragraph" }];
}

/** A document with every rich block in the current shape (see {@link richBlockContent}); other nodes are kept as they are. */
export function withRichBlocks(node: DocJSON): DocJSON {
  if (!node.content) return RICH_BLOCK_TYPES.has(node.type) ? { ...node, content: richBlockContent(node) } : node;
  const children = RICH_BLOCK_TYPES.has(node.type) ? richBlockContent(node) : node.content;
  return { ...node, content: children.map(withRichBlocks) };
}
