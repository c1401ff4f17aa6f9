import { plainText } from "../../shared/blocks/extractBlocks.js";
import type { DocJSON } from "../../shared/blocks/types.js";
import type { FieldChange, ItemChange } from "../../shared/protocol/versions.js";


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

/** What a frozen version shows besides its document. */
interface FrozenHeading {
  title: string;
  startsAt: Date;
  place: string;
  hostName: string | null;
  leaderName: string | null;
  jointForumName: string | null;
  attachments: { filename: string; sha256: string }[];
}

/** The heading fields (host, mødeleder and joint forum among them) and attachments that differ between two versions. */
export function compareHeadings(before: FrozenHeading, after: FrozenHeading): FieldChange[] {
  const files = (h: FrozenHeading) => h.attachments.map((a) => `${a.filename} (${a.sha256.slice(0, 8)})`).join(", ");
  const pairs: [FieldChange["field"], string, string][] = [
    ["title", before.title, after.title],
    ["startsAt", before.startsAt.toISOString(), after.startsAt.toISOString()],
    ["place", before.place, after.place],
    // None (or a version frozen before these were recorded) compares as empty, as an empty place does.
    ["host", before.hostName ?? "", after.hostName ?? ""],
    ["leader", before.leaderName ?? "", after.leaderName ?? ""],
    ["jointForum", before.jointForumName ?? "", after.jointForumName ?? ""],
    ["attachments", files(before), files(after)],
  ];
  return pairs.filter(([, a, b]) => a !== b).map(([field, a, b]) => ({ field, before: a, after: b }));
}
