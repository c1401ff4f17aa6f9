import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { WebSocket } from "ws";
import type * as Y from "yjs";
import { connectClient, synced } from "../../tests/helpers/syncClient.js";
import type { Endpoint } from "../servers/types.js";
import type { LatencyBook } from "./latencyBook.js";
import { TYPING_ORIGIN, Typist } from "./typist.js";

/** How long a stock provider may take to sync. */
const SYNC_TIMEOUT_MS = 30_000;

/** A stock provider (y-websocket's, or Hocuspocus's own for Hocuspocus) with its full replica of the document. */
export interface StockClient {
  doc: Y.Doc;
  typist: Typist;
  /** Resolves after the first sync, with the client's paragraph created. */
  ready: Promise<void>;
  /** Times the socket disconnected (the provider reconnects by itself). */
  drops(): number;
  /** Types one character and notes it for latency. */
  type(): void;
  destroy(): void;
}

/** A stock provider and its document, before any typing. */
export interface StockProvider {
  doc: Y.Doc;
  /** Resolves after the first sync with the server. */
  synced: Promise<void>;
  onDisconnect(listener: () => void): void;
  /** Disconnects and frees the document. */
  destroy(): void;
}

/** Opens the stock provider of the endpoint's dialect on a room. */
export function openStockProvider(endpoint: Endpoint, room: string): StockProvider {
  if (endpoint.dialect === "hocuspocus") {
    const socket = new HocuspocusProviderWebsocket({ url: endpoint.baseUrl.replace(/^http/, "ws"), WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: room });
    provider.attach();
    const done = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Hocuspocus provider did not sync ${room}`)), SYNC_TIMEOUT_MS);
      provider.on("synced", () => {
        clearTimeout(timer);
        resolve();
      });
    });
    return {
      doc: provider.document,
      synced: done,
      onDisconnect: (f) => provider.on("disconnect", f),
      destroy: () => {
        provider.destroy();
        socket.destroy();
        provider.document.destroy();
      },
    };
  }
  const client = connectClient(endpoint.baseUrl, room, endpoint.headers.cookie ?? null, endpoint.headers.origin);
  return {
    doc: client.doc,
    synced: synced(client, SYNC_TIMEOUT_MS),
    onDisconnect: (f) => client.provider.on("connection-close", f),
    destroy: () => client.destroy(),
  };
}

/** Connects a stock provider to a room (on node `node` of the service); `book` times what it receives after applying it. */
export function connectStock(endpoint: Endpoint, room: string, marker: string, book: LatencyBook, receivers: number, node = 0): StockClient {
  const provider = openStockProvider(endpoint, room);
  const { doc } = provider;
  const typist = new Typist(doc, marker);
  let drops = 0;
  let ready = false;
  provider.onDisconnect(() => drops++);
  doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (ready && origin !== TYPING_ORIGIN) book.received(update, doc.clientID, true, node);
  });
  return {
    doc,
    typist,
    ready: provider.synced.then(() => {
      typist.start();
      ready = true;
    }),
    drops: () => drops,
    type() {
      const clock = typist.type();
      book.sent(doc.clientID, clock, receivers, node);
    },
    destroy: () => provider.destroy(),
  };
}
