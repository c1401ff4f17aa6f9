/**
 * Websocket close codes used by the sync server. Codes 4400-4499 tell the
 * stock y-websocket client not to reconnect: used where retrying cannot help.
 * Codes from 4500 up make it reconnect: used where the server may recover.
 */
export const CloseCode = {
  /** The frame could not be decoded or held an invalid Yjs update. */
  MalformedMessage: 4400,
  /** The session ended while the connection was open. */
  Unauthorized: 4401,
  /** The connection tried to change awareness state it does not own. */
  AwarenessForbidden: 4403,
  /** The connection used more awareness client ids than one connection may hold. */
  AwarenessLimit: 4413,
  /** The server could not load or store the document; the client should retry. */
  StorageUnavailable: 4500,
  /** The server is shutting down; the client should reconnect. */
  ServerRestart: 4501,
  /** What the connection may do changed (e.g. the minutes were published); reconnecting applies it. */
  PermissionsChanged: 4503,
  /** The client did not read what the server sent fast enough; it may reconnect and catch up. */
  SlowConsumer: 4508,
  /** The connection sent more messages per second than allowed; it may reconnect after a pause. */
  RateLimited: 4529,
} as const;

/** The name of a close code, for logs. */
export type CloseCodeName = keyof typeof CloseCode;
