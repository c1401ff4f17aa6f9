import { useEffect, useState } from "react";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { DURABLE_MESSAGE, isStored, readDurableStateVector } from "../../shared/protocol/durableAck.js";

/** Calls `onAck` with the stored state vector each time the server acknowledges what it has stored. */
export function listenForDurableAcks(provider: WebsocketProvider, onAck: (durable: Map<number, number>) => void): void {
  provider.messageHandlers[DURABLE_MESSAGE] = (_encoder, decoder) => onAck(readDurableStateVector(decoder));
}

/**
 * True while an edit made in this browser is not yet stored by the server
 * (in Postgres, or its fsynced journal): what "Gemmer…" shows, and what makes
 * leaving the page ask first.
 */
export function useUnstoredEdits(ydoc: Y.Doc | undefined, provider: WebsocketProvider | undefined): boolean {
  const [unstored, setUnstored] = useState(false);
  useEffect(() => {
    if (!ydoc || !provider) return;
    let durable = new Map<number, number>();
    const check = () => setUnstored(!isStored(ydoc, durable));
    listenForDurableAcks(provider, (acknowledged) => {
      durable = acknowledged;
      check();
    });
    const onUpdate = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      if (transaction.local) check();
    };
    ydoc.on("update", onUpdate);
    const warnOnLeave = (event: BeforeUnloadEvent) => {
      if (isStored(ydoc, durable)) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warnOnLeave);
    return () => {
      ydoc.off("update", onUpdate);
      window.removeEventListener("beforeunload", warnOnLeave);
      setUnstored(false);
    };
  }, [ydoc, provider]);
  return unstored;
}
