import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

/** A stock y-websocket client with its own doc. */
export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
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
export function connectClient(baseUrl: string, documentId: string, cookie: string | null, origin = baseUrl): SyncClient {
  const doc = new Y.Doc();
  const headers: Record<string, string> = { origin };
  if (cookie) headers.cookie = cookie;
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, "ws")}/sync`, documentId, doc, {
    disableBc: true,
    WebSocketPolyfill: webSocketWithHeaders(headers) as unknown as typeof globalThis.WebSocket,
  });
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
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
