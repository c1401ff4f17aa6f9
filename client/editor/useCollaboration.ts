import { useEffect, useState } from "react";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { SYNC_PATH } from "../../shared/protocol/limits.js";

/**
 * The state of the sync connection as the user sees it. `connected` means the
 * document is live (the server's state has arrived), not merely that the socket
 * is open; `closed` means the server ended it for good (a 44xx close code, e.g.
 * the session ran out) and no retry will follow.
 */
export type ConnectionState = "connecting" | "connected" | "disconnected" | "closed";

/** A meeting document's Yjs doc and its live connection. */
export interface Collaboration {
  ydoc: Y.Doc;
  provider: WebsocketProvider;
}

/** What {@link useCollaboration} gives: the doc and provider (null before the first effect) and the connection. */
export interface CollaborationState {
  collaboration: Collaboration | null;
  connection: ConnectionState;
  /** True once the server's copy of the document has arrived; stays true while offline. */
  loaded: boolean;
}

function syncUrl(): string {
  const protocol = location.protocol === "https:" ? "wss" : "ws";
  return `${protocol}://${location.host}${SYNC_PATH}`;
}

/**
 * Opens the document's Yjs room over the same-origin websocket (the session
 * cookie authenticates it) and tracks the connection. Provider and doc are
 * destroyed when the component unmounts or the document changes.
 */
export function useCollaboration(documentId: string): CollaborationState {
  const [collaboration, setCollaboration] = useState<Collaboration | null>(null);
  const [connection, setConnection] = useState<ConnectionState>("connecting");
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const ydoc = new Y.Doc();
    const provider = new WebsocketProvider(syncUrl(), documentId, ydoc);
    // The provider reports "connecting" on every retry; once a connection was
    // lost (or the first attempt failed) the user is offline until one succeeds.
    // An open socket counts as connected only when the document has synced.
    const onStatus = ({ status }: { status: "connected" | "connecting" | "disconnected" }) => {
      if (status === "connected") return;
      setConnection((previous) => (status === "connecting" && previous === "disconnected" ? previous : status));
    };
    const onSync = (synced: boolean) => {
      if (!synced) return;
      setConnection("connected");
      setLoaded(true);
    };
    const onClose = () => setConnection("disconnected");
    const onClosed = () => setConnection("closed");
    provider.on("status", onStatus);
    provider.on("sync", onSync);
    provider.on("connection-close", onClose);
    provider.on("closed", onClosed);
    setConnection("connecting");
    setLoaded(false);
    setCollaboration({ ydoc, provider });
    return () => {
      provider.off("status", onStatus);
      provider.off("sync", onSync);
      provider.off("connection-close", onClose);
      provider.off("closed", onClosed);
      provider.destroy();
      ydoc.destroy();
      setCollaboration(null);
    };
  }, [documentId]);

  return { collaboration, connection, loaded };
}
