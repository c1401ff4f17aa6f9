import * as encoding from "lib0/encoding";
import type { SyncClient } from "./syncClient.js";

/** An awareness frame with the given entries, written by hand as a forger would. */
export function awarenessFrame(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(update, e.clientId);
    encoding.writeVarUint(update, e.clock);
    encoding.writeVarString(update, JSON.stringify(e.state));
  }
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

/** Sends a frame on the client's socket as it is, past the provider. */
export function sendRaw(client: SyncClient, frame: Uint8Array): void {
  (client.provider.ws as unknown as WebSocket).send(frame);
}
