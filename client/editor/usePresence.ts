import { useEffect, useState } from "react";
import type { WebsocketProvider } from "y-websocket";

/** One connected editor or reader of the document. */
export interface Participant {
  clientId: number;
  name: string | null;
  color: string | null;
  isSelf: boolean;
}

function readParticipants(provider: WebsocketProvider): Participant[] {
  const self = provider.awareness.clientID;
  const participants: Participant[] = [];
  // Awareness states are keyed by clientID, so each tab or window appears once.
  provider.awareness.getStates().forEach((state, clientId) => {
    const user = (state as { user?: { name?: unknown; color?: unknown } }).user;
    // A state without `user` belongs to a client whose editor has not started yet.
    if (!user) return;
    participants.push({
      clientId,
      name: typeof user.name === "string" && user.name ? user.name : null,
      color: typeof user.color === "string" ? user.color : null,
      isSelf: clientId === self,
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
