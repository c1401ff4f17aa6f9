import { useEffect, useState } from "react";
import type { WebsocketProvider } from "y-websocket";
import { LOCATION_FIELD } from "./live/useLocationAwareness.js";

/** One connected editor or reader of the document. */
export interface Participant {
  clientId: number;
  name: string | null;
  color: string | null;
  isSelf: boolean;
  /** The agenda item their cursor is in, by id, when they published one. */
  itemId: string | null;
}

function readParticipants(provider: WebsocketProvider): Participant[] {
  const self = provider.awareness.clientID;
  const participants: Participant[] = [];
  // Awareness states are keyed by clientID, so each tab or window appears once.
  provider.awareness.getStates().forEach((state, clientId) => {
    const { user, [LOCATION_FIELD]: location } = state as { user?: { name?: unknown; color?: unknown }; [LOCATION_FIELD]?: { itemId?: unknown } };
    // A state without `user` belongs to a client whose editor has not started yet.
    if (!user) return;
    participants.push({
      clientId,
      name: typeof user.name === "string" && user.name ? user.name : null,
      color: typeof user.color === "string" ? user.color : null,
      isSelf: clientId === self,
      itemId: typeof location?.itemId === "string" ? location.itemId : null,
    });
  });
  return participants.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || (a.name ?? "").localeCompare(b.name ?? "", "da"));
}

/** Who is in the document right now, from the provider's awareness (yourself first). */
export function usePresence(provider: WebsocketProvider): Participant[] {
  const [participants, setParticipants] = useState(() => readParticipants(provider));
  useEffect(() => {
    const update = () => setParticipants(readParticipants(provider));
    update();
    // "change" fires only when a state really changed, not on the 15 s keep-alive renewals.
    provider.awareness.on("change", update);
    return () => provider.awareness.off("change", update);
  }, [provider]);
  return participants;
}
