import { plainText } from "../blocks/extractBlocks.js";
import type { DocJSON } from "../blocks/types.js";

/** Something in a text shaped like a Danish CPR number. */
export interface CprMatch {
  /** The matched text, e.g. "010203-1234". */
  text: string;
  index: number;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign.
const DASHES = "\\-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212";
// Space, no-break space, figure space, narrow no-break space.
const SPACES = " \\u00a0\\u2007\\u202f";

// ddmmyy-xxxx with any dash or space Word or a person puts there, or none;
// not part of a longer dash-joined run of digits (phone numbers, case
// numbers, account numbers) and not a dd-mm-yyyy date.
const CANDIDATE = new RegExp(`(?<![\\d${DASHES}])(\\d{2})(\\d{2})(\\d{2})[${DASHES}${SPACES}]?(\\d{4})(?!\\d|[${DASHES}]\\d)`, "g");

/**
 * Finds CPR-shaped numbers: six digits that are a valid date (ddmmyy),
 * then a dash or a space of any kind or nothing, and four digits. Used to refuse publishing minutes
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

/** Where a CPR-shaped number stands in the minutes (for the editor's warning). */
export interface PublicationBlocker {
  itemNumber: string | null;
  itemTitle: string | null;
  match: string;
}

// Attributes whose text is printed with the minutes.
const PRINTED_ATTRIBUTES = ["ownerName", "dueCondition", "name", "organisation", "targetForumName", "targetExternal"];

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

/** The text of a meeting record that leaves the building with it. */
export interface RecordText {
  title: string;
  place: string;
  /** The heading's names (absent in records frozen before they were kept). */
  hostName?: string | null;
  leaderName?: string | null;
  jointForumName?: string | null;
  doc: DocJSON;
  attachments: { agendaItemId: string | null; filename: string }[];
  carryOver: { text: string; ownerName: string | null; meetingTitle: string }[];
}

/** A CPR-shaped number in a record, and the place it stands, in Danish ("titel", "punkt 2 (…)", "bilag: x.pdf"). */
export interface RecordFinding {
  place: string;
  match: string;
}

/**
 * Every CPR-shaped number in what a published record shows: the title, the
 * place, the host, mødeleder and joint forum, the document (attendance included), the attachment file names and
 * the carry-over list. Publication is refused while this is not empty.
 */
export function recordCprFindings(record: RecordText): RecordFinding[] {
  const found: RecordFinding[] = [];
  const check = (place: string, text: string) => {
    for (const match of new Set(findCprNumbers(text).map((m) => m.text))) found.push({ place, match });
  };
  check("titel", record.title);
  check("sted", record.place);
  check("vært", record.hostName ?? "");
  check("mødeleder", record.leaderName ?? "");
  check("fællesmøde", record.jointForumName ?? "");
  for (const b of cprFindings(record.doc)) found.push({ place: b.itemNumber ? `punkt ${b.itemNumber} (${b.itemTitle})` : "dokumentet", match: b.match });
  for (const a of record.attachments) check(`bilag: ${a.filename}`, a.filename);
  for (const c of record.carryOver) check(`opfølgning: ${c.text.slice(0, 60)}`, [c.text, c.ownerName ?? "", c.meetingTitle].join("\n"));
  return found;
}

/** The places of findings as a Danish list, each once ("titel, punkt 2 (Økonomi)"). */
export function findingPlaces(findings: RecordFinding[]): string {
  return [...new Set(findings.map((f) => f.place))].join(", ");
}
