import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { listenForDurableAcks } from "../../client/editor/durableAcks.js";
import { ACK_PARAM, isStored } from "../../shared/protocol/durableAck.js";

/** A stock y-websocket client with its own doc. */
export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** With `acks`: the last state vector the server acknowledged as stored. */
  durable: Map<number, number>;
  /** With `acks`: true once every edit of this client is acknowledged as stored. */
  stored(): boolean;
  destroy(): void;
}

/** How a test client connects. */
export interface ClientOptions {
  /** Ask for durable acknowledgements, as our editor does (the stock client without it never gets one). */
  acks?: boolean;
  /** Connect this doc (e.g. one whose earlier connection was lost) instead of a new one. */
  doc?: Y.Doc;
}

/** A `ws` WebSocket class that sends the given Cookie and Origin headers, as a browser would. */
export function webSocketWithHeaders(headers: Record<string, string>): typeof WebSocket {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  } as typeof WebSocket;
}

/**
 * Connects the stock `WebsocketProvider` to the server's sync endpoint.
 * BroadcastChannel is disabled: two providers in one process would otherwise
 * sync without the server and a test could pass without it.
 */
export function connectClient(baseUrl: string, documentId: string, cookie: string | null, origin = baseUrl, options: ClientOptions = {}): SyncClient {
  const doc = options.doc ?? new Y.Doc();
  const headers: Record<string, string> = { origin };
  if (cookie) headers.cookie = cookie;
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, "ws")}/sync`, documentId, doc, {
    disableBc: true,
    WebSocketPolyfill: webSocketWithHeaders(headers) as unknown as typeof globalThis.WebSocket,
    params: options.acks ? { [ACK_PARAM]: "1" } : {},
  });
  const client: SyncClient = {
    doc,
    provider,
    durable: new Map(),
    stored: () => isStored(doc, client.durable),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
  if (options.acks) listenForDurableAcks(provider, (durable) => (client.durable = durable));
  return client;
}

/** Resolves once the provider has completed its first sync with the server. */
export function synced(client: SyncClient, timeout = 10_000): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("client did not sync in time")), timeout);
    client.provider.once("sync", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
