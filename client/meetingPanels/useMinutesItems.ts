import { extractBlocks } from "../../shared/blocks/extractBlocks.js";
import { useApi } from "../http/useApi.js";
import type { AgendaItemRef } from "./commentsApi.js";
import { fetchVersionDoc, fetchVersions } from "./versionsApi.js";

async function latestMinutesItems(meetingId: string, signal: AbortSignal): Promise<AgendaItemRef[]> {
  const minutes = (await fetchVersions(meetingId, signal)).filter((v) => v.kind === "referat");
  const latest = minutes.at(-1);
  if (!latest) return [];
  const doc = await fetchVersionDoc(meetingId, "referat", latest.version, signal);
  return extractBlocks(doc).agendaItems.map((item) => ({ id: item.id, number: item.number, title: item.title }));
}

/**
 * The agenda items of the latest sent minutes, for anchoring comments: what
 * members comment on is the frozen version, not the live document. Empty
 * until minutes have been sent, or when they cannot be loaded.
 */
export function useMinutesItems(meetingId: string, status: string): AgendaItemRef[] {
  const state = useApi((signal) => latestMinutesItems(meetingId, signal), `${meetingId}/${status}`);
  return state.status === "done" ? state.data : [];
}
