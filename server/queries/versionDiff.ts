import { plainText } from "../../shared/blocks/extractBlocks.js";
import type { DocJSON } from "../../shared/blocks/types.js";
import type { ItemChange } from "../../shared/protocol/versions.js";


function items(doc: DocJSON): Map<string, { title: string; text: string }> {
  const out = new Map<string, { title: string; text: string }>();
  for (const node of doc.content ?? []) {
    if (node.type !== "agendaItem" || typeof node.attrs?.id !== "string") continue;
    const title = plainText(node.content?.find((c) => c.type === "agendaTitle") ?? { type: "text" });
    out.set(node.attrs.id, { title, text: plainText(node) });
  }
  return out;
}

/** The agenda items that were added, removed or changed from one version to another, in the later order. */
export function compareVersions(before: DocJSON, after: DocJSON): ItemChange[] {
  const a = items(before);
  const b = items(after);
  const changes: ItemChange[] = [];
  for (const [id, item] of b) {
    const old = a.get(id);
    if (!old) changes.push({ id, title: item.title, change: "added", before: null, after: item.text });
    else if (old.text !== item.text) changes.push({ id, title: item.title, change: "changed", before: old.text, after: item.text });
  }
  for (const [id, item] of a) if (!b.has(id)) changes.push({ id, title: item.title, change: "removed", before: item.text, after: null });
  return changes;
}
