import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";

/**
 * The message type of a durable acknowledgement: outside the y-websocket
 * protocol's own (0-3), and sent only to connections that asked for it with
 * `?ack=1`, so a stock client never sees it.
 */
export const DURABLE_MESSAGE = 100;
/** The query parameter with which a connection opts in to durable acknowledgements. */
export const ACK_PARAM = "ack";

/** A durable acknowledgement: the room's state vector as far as it is stored (Postgres, or the fsynced local journal). */
export function durableMessage(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, DURABLE_MESSAGE);
  encoding.writeVarUint8Array(encoder, stateVector);
  return encoding.toUint8Array(encoder);
}

/** Reads the state vector of a durable acknowledgement whose type has been read already. */
export function readDurableStateVector(decoder: decoding.Decoder): Map<number, number> {
  return Y.decodeStateVector(decoding.readVarUint8Array(decoder));
}

/** True when every edit this client made to `doc` is covered by the durable state vector. */
export function isStored(doc: Y.Doc, durable: Map<number, number>): boolean {
  return Y.getState(doc.store, doc.clientID) <= (durable.get(doc.clientID) ?? 0);
}
