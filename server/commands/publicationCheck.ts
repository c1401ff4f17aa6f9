import { plainText } from "../../shared/blocks/extractBlocks.js";
import type { DocJSON } from "../../shared/blocks/types.js";
import { findCprNumbers } from "../../shared/rules/cprGuard.js";

/** Where a CPR-shaped number stands in the minutes. */
export interface PublicationBlocker {
  itemNumber: string | null;
  itemTitle: string | null;
  match: string;
}

// Attributes whose text is printed with the minutes.
const PRINTED_ATTRIBUTES = ["ownerName", "dueCondition", "name", "organisation", "targetForumName"];

function publishedText(node: DocJSON): string {
  const own = PRINTED_ATTRIBUTES.map((a) => node.attrs?.[a]).filter((v): v is string => typeof v === "string");
  return [node.text ?? "", ...own, ...(node.content ?? []).map(publishedText)].join("\n");
}

/** Every CPR-shaped number in a document, with the agenda item it stands in. */
export function cprFindings(doc: DocJSON): PublicationBlocker[] {
  const found: PublicationBlocker[] = [];
  let n = 0;
  for (const node of doc.content ?? []) {
    const isItem = node.type === "agendaItem";
    if (isItem) n += 1;
    const title = isItem ? plainText(node.content?.find((c) => c.type === "agendaTitle") ?? { type: "text" }) : null;
    for (const match of new Set(findCprNumbers(publishedText(node)).map((m) => m.text))) {
      found.push({ itemNumber: isItem ? String(n) : null, itemTitle: title, match });
    }
  }
  return found;
}
