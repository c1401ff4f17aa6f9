import { useEffect, useState } from "react";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { ACK_PARAM } from "../../shared/protocol/durableAck.js";
import { DOCUMENT_SCHEMA_VERSION, SCHEMA_PARAM, SYNC_PATH } from "../../shared/protocol/limits.js";
import { openLocalCopy } from "../offline/localCopy.js";
import { reconnectWithNetwork } from "../offline/reconnectWithNetwork.js";
import { useUnstoredEdits } from "./durableAcks.js";

/**
 * The state of the sync connection as the user sees it. `connected` means the
 * document is live (the server's state has arrived), not merely that the socket
 * is open; `disconnected` means offline, editing the local copy while retrying;
 * `closed` means the server ended it for good (a 44xx close code, e.g. the
 * session ran out) and no retry will follow.
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
  /**
   * True once the document may be shown and edited: the server's copy has
   * arrived, or this browser's copy of a document it synced before has been
   * read from IndexedDB. Stays true while offline.
   */
  loaded: boolean;
  /** True while an edit made here is not yet acknowledged as stored by the server ("Gemmer…"). */
  unstored: boolean;
}

function syncUrl(): string {
  const protocol = location.protocol === "https:" ? "wss" : "ws";
  return `${protocol}://${location.host}${SYNC_PATH}`;
}

/**
 * Opens the document's Yjs room over the same-origin websocket (the session
 * cookie authenticates it), keeps a copy in IndexedDB so editing goes on
 * offline and across reloads, and tracks the connection. Everything is
 * destroyed when the component unmounts or the document changes.
 */
export function useCollaboration(documentId: string): CollaborationState {
  const [collaboration, setCollaboration] = useState<Collaboration | null>(null);
  const [connection, setConnection] = useState<ConnectionState>("connecting");
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const ydoc = new Y.Doc();
    const localCopy = openLocalCopy(documentId, ydoc);
    const provider = new WebsocketProvider(syncUrl(), documentId, ydoc, { params: { [SCHEMA_PARAM]: String(DOCUMENT_SCHEMA_VERSION), [ACK_PARAM]: "1" } });
    let active = true;
    localCopy.loaded.then(
      (usable) => {
        if (active && usable) setLoaded(true);
      },
      (error: unknown) => console.warn("Could not read the local copy", error),
    );
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
      localCopy.markSynced();
    };
    const onClose = () => setConnection("disconnected");
    const onClosed = () => setConnection("closed");
    provider.on("status", onStatus);
    provider.on("sync", onSync);
    provider.on("connection-close", onClose);
    provider.on("closed", onClosed);
    const stopFollowingNetwork = reconnectWithNetwork(provider);
    setConnection("connecting");
    setLoaded(false);
    setCollaboration({ ydoc, provider });
    return () => {
      active = false;
      stopFollowingNetwork();
      provider.off("status", onStatus);
      provider.off("sync", onSync);
      provider.off("connection-close", onClose);
      provider.off("closed", onClosed);
      provider.destroy();
      localCopy.destroy();
      ydoc.destroy();
      setCollaboration(null);
    };
  }, [documentId]);

  const unstored = useUnstoredEdits(collaboration?.ydoc, collaboration?.provider);
  return { collaboration, connection, loaded, unstored };
}
