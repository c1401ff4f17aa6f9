import * as decoding from "lib0/decoding";

/**
 * Reads one client's clock from a durable acknowledgement whose message
 * type has been read already (see shared/protocol/durableAck.ts): the frame
 * holds the room's stored state vector, and a light client needs only its
 * own entry, so the vector is scanned in place instead of decoded into a
 * map (`Y.decodeStateVector`) on every acknowledgement. 0 when absent.
 */
export function ownDurableClock(decoder: decoding.Decoder, clientId: number): number {
  // The state vector is a byte array (length first) of a count and (client, clock) pairs.
  decoding.readVarUint(decoder);
  const entries = decoding.readVarUint(decoder);
  for (let i = 0; i < entries; i++) {
    const client = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    if (client === clientId) return clock;
  }
  return 0;
}
