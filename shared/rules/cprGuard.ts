import { plainText } from "../blocks/extractBlocks.js";
import type { DocJSON } from "../blocks/types.js";

/** Something in a text shaped like a Danish CPR number. */
export interface CprMatch {
  /** The matched text, e.g. "010203-1234". */
  text: string;
  index: number;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// ddmmyy-xxxx or ddmmyyxxxx, not part of a longer run of digits (phone
// numbers, case numbers, account numbers) and not a dd-mm-yyyy date.
const CANDIDATE = /(?<![\d-])(\d{2})(\d{2})(\d{2})(-?)(\d{4})(?![\d]|-\d)/g;

/**
 * Finds CPR-shaped numbers: six digits that are a valid date (ddmmyy),
 * optionally a dash, and four digits. Used to refuse publishing minutes
 * that could identify a patient, and to warn in the editor.
 */
export function findCprNumbers(text: string): CprMatch[] {
  const found: CprMatch[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) continue;
    found.push({ text: m[0], index: m.index });
  }
  return found;
}

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
