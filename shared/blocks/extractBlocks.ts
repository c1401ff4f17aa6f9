import { richBlockContent } from "../editor/richBlocks.js";
import { ACTION_STATUSES, AGENDA_ITEM_KINDS, ATTENDEE_ROLES, DUE_KINDS, ESCALATION_DIRECTIONS, OWNER_KINDS, oneOf } from "../editor/vocabulary.js";
import { richText } from "./richText.js";
import { isCalendarDay } from "../rules/dueDates.js";
import type { DocJSON, ExtractedBlocks } from "./types.js";

export type * from "./types.js";

/** The plain text of a node, block children separated by newlines. */
export function plainText(node: DocJSON): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  const children = node.content ?? [];
  const isInline = children.every((c) => c.type === "text" || c.type === "hardBreak");
  return children.map(plainText).join(isInline ? "" : "\n").trim();
}

const str = (value: unknown): string | null => (typeof value === "string" && value.length > 0 ? value : null);

// A tracked block's full text and its structured form, read alike from either stored shape.
function body(node: DocJSON): { text: string; content: DocJSON[] } {
  const content = richBlockContent(node);
  return { text: richText(content), content };
}

/**
 * Finds the tracked blocks of a meeting document: agenda items, decisions,
 * action items, escalations (each with its full text and its content as
 * editor JSON) and attendees. Pure: no I/O, so it runs on every
 * settle and in unit tests alike. Blocks without an id (not yet assigned by
 * the editor) are skipped; a repeated id keeps its first occurrence, since
 * rows are keyed by id.
 */
export function extractBlocks(doc: DocJSON): ExtractedBlocks {
  const out: ExtractedBlocks = { agendaItems: [], decisions: [], actionItems: [], escalations: [], attendees: [] };
  const seen = new Set<string>();
  const claim = (node: DocJSON): string | null => {
    const id = str(node.attrs?.id);
    if (!id || seen.has(id)) return null;
    seen.add(id);
    return id;
  };

  const walk = (node: DocJSON, itemId: string | null, itemNumber: string | null, counter: { n: number }): void => {
    const a = node.attrs ?? {};
    switch (node.type) {
      case "agendaItem": {
        counter.n += 1;
        const number = itemNumber ? `${itemNumber}.${counter.n}` : String(counter.n);
        const id = claim(node);
        const title = node.content?.find((c) => c.type === "agendaTitle");
        if (id) {
          out.agendaItems.push({
            id,
            number,
            title: title ? plainText(title) : "",
            kind: oneOf(AGENDA_ITEM_KINDS, a.kind, null),
            originDocumentId: str(a.originDocumentId),
            originBlockId: str(a.originBlockId),
            position: out.agendaItems.length,
          });
        }
        const inner = { n: 0 };
        for (const child of node.content ?? []) walk(child, id ?? itemId, number, inner);
        return;
      }
      case "decision": {
        const id = claim(node);
        if (id) out.decisions.push({ id, agendaItemId: itemId, ...body(node), position: out.decisions.length });
        return;
      }
      case "actionItem": {
        const id = claim(node);
        if (!id) return;
        out.actionItems.push({
          id,
          agendaItemId: itemId,
          ...body(node),
          position: out.actionItems.length,
          ownerKind: oneOf(OWNER_KINDS, a.ownerKind, null),
          ownerId: str(a.ownerId),
          ownerName: str(a.ownerName),
          dueKind: oneOf(DUE_KINDS, a.dueKind, null),
          // Only a day that exists: "2027-02-30" from some client would fail the whole extraction in Postgres.
          dueDate: isCalendarDay(a.dueDate) ? a.dueDate : null,
          dueCondition: str(a.dueCondition),
          status: oneOf(ACTION_STATUSES, a.status, "åben"),
        });
        return;
      }
      case "escalation": {
        const id = claim(node);
        if (!id) return;
        out.escalations.push({
          id,
          agendaItemId: itemId,
          ...body(node),
          position: out.escalations.length,
          targetForumId: str(a.targetForumId),
          targetForumName: str(a.targetForumName),
          direction: oneOf(ESCALATION_DIRECTIONS, a.direction, null),
          targetExternal: str(a.targetExternal),
        });
        return;
      }
      case "attendee": {
        const id = claim(node);
        if (!id) return;
        out.attendees.push({
          id,
          userId: str(a.userId),
          name: typeof a.name === "string" ? a.name : "",
          organisation: str(a.organisation),
          role: oneOf(ATTENDEE_ROLES, a.role, "medlem"),
          present: a.present !== false,
          position: out.attendees.length,
        });
        return;
      }
      default:
        for (const child of node.content ?? []) walk(child, itemId, itemNumber, counter);
    }
  };

  walk(doc, null, null, { n: 0 });
  return out;
}
