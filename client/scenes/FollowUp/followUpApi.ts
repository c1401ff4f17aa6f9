import { apiFetch } from "../../http/client.js";
import type { ActionStatus } from "../../../shared/editor/vocabulary.js";

/** An action item as `GET /api/action-items` returns it. */
export interface ActionItem {
  documentId: string;
  id: string;
  text: string;
  status: ActionStatus;
  owner: { kind: string | null; id: string | null; name: string | null };
  /** `date` is resolved for "næste møde" when the forum has a next meeting. */
  due: { kind: "dato" | "naeste_moede" | "betingelse" | null; date: string | null; condition: string | null };
  overdue: boolean;
  dueSoon: boolean;
  meeting: { id: string; title: string; startsAt: string };
  forum: { id: string; name: string };
  agendaItem: { id: string; number: string | null; title: string | null } | null;
  canChangeStatus: boolean;
}

/** One recorded status change. */
export interface HistoryEntry {
  status: ActionStatus;
  comment: string | null;
  source: "dashboard" | "dokument";
  by: string | null;
  at: string;
}

const itemPath = (item: Pick<ActionItem, "documentId" | "id">) => `/action-items/${encodeURIComponent(item.documentId)}/${encodeURIComponent(item.id)}`;

/** The action items matching an API query string (see {@link apiQuery}). */
export async function fetchActionItems(query: string, signal?: AbortSignal): Promise<ActionItem[]> {
  const { actionItems } = await apiFetch<{ actionItems: ActionItem[] }>(`/action-items?${query}`, { signal });
  return actionItems;
}

/** Changes an item's status; throws the server's ApiError (Danish) when refused. */
export async function changeStatus(item: ActionItem, status: ActionStatus, comment: string): Promise<void> {
  await apiFetch(itemPath(item), { method: "PATCH", body: { status, comment: comment.trim() || undefined } });
}

/** Who changed an item's status, when, and why, oldest first. */
export async function fetchHistory(item: ActionItem, signal?: AbortSignal): Promise<HistoryEntry[]> {
  const { history } = await apiFetch<{ history: HistoryEntry[] }>(`${itemPath(item)}/history`, { signal });
  return history;
}
