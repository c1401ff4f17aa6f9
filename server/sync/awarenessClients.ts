import * as decoding from "lib0/decoding";

/**
 * The client ids an awareness update speaks for. Throws on a truncated or
 * malformed update, which the caller treats as a malformed frame.
 */
export function awarenessClientIds(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(decoding.readVarUint(decoder));
    decoding.readVarUint(decoder); // clock
    decoding.readVarString(decoder); // JSON state
  }
  return ids;
}
