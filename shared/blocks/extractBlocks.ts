/** A ProseMirror/Tiptap node in JSON form, as `editor.getJSON()` returns it. */
export interface DocJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocJSON[];
  text?: string;
}

/** An agenda item as extracted from the document. */
export interface ExtractedAgendaItem {
  id: string;
  /** "1", "2", … for top-level items; "2.1" for an item found inside item 2. */
  number: string;
  title: string;
  position: number;
}

/** A decision as extracted from the document. */
export interface ExtractedDecision {
  id: string;
  /** The agenda item the decision stands in, or null when it stands outside every item. */
  agendaItemId: string | null;
  text: string;
  position: number;
}

/** Everything {@link extractBlocks} finds in one document. */
export interface ExtractedBlocks {
  agendaItems: ExtractedAgendaItem[];
  decisions: ExtractedDecision[];
}

/** The plain text of a node, block children separated by newlines. */
export function plainText(node: DocJSON): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  const parts = (node.content ?? []).map(plainText);
  const isInline = (node.content ?? []).every((c) => c.type === "text" || c.type === "hardBreak");
  return parts.join(isInline ? "" : "\n").trim();
}

function blockId(node: DocJSON): string | null {
  const id = node.attrs?.id;
  return typeof id === "string" && id.length > 0 ? id : null;
}

/**
 * Finds the agenda items and decisions of a meeting document. Pure: no I/O,
 * so it can run on every settle and in unit tests alike. Blocks without an id
 * (not yet assigned by the editor) are skipped; a repeated id keeps its first
 * occurrence, since rows are keyed by id.
 */
export function extractBlocks(doc: DocJSON): ExtractedBlocks {
  const result: ExtractedBlocks = { agendaItems: [], decisions: [] };
  const seen = new Set<string>();

  const walk = (node: DocJSON, itemId: string | null, itemNumber: string | null, counter: { n: number }) => {
    if (node.type === "agendaItem") {
      counter.n += 1;
      const number = itemNumber ? `${itemNumber}.${counter.n}` : String(counter.n);
      const id = blockId(node);
      const titleNode = node.content?.find((c) => c.type === "agendaTitle");
      if (id && !seen.has(id)) {
        seen.add(id);
        result.agendaItems.push({ id, number, title: titleNode ? plainText(titleNode) : "", position: result.agendaItems.length });
      }
      const inner = { n: 0 };
      for (const child of node.content ?? []) walk(child, id ?? itemId, number, inner);
      return;
    }
    if (node.type === "decision") {
      const id = blockId(node);
      if (id && !seen.has(id)) {
        seen.add(id);
        result.decisions.push({ id, agendaItemId: itemId, text: plainText(node), position: result.decisions.length });
      }
      return;
    }
    for (const child of node.content ?? []) walk(child, itemId, itemNumber, counter);
  };

  walk(doc, null, null, { n: 0 });
  return result;
}
