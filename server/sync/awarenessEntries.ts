import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/** One client's entry in an awareness update: its id, clock and JSON state ("null" when it left). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: string;
}

/** Who a connection's awareness states are shown as: set by the server, never by the client. */
export interface AwarenessIdentity {
  name: string;
  color: string;
}

/** Reads the entries of an awareness update; throws on a malformed one. */
export function decodeEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push({ clientId: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), state: decoding.readVarString(decoder) });
  }
  return entries;
}

/** Writes entries back into an awareness update. */
export function encodeEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(encoder, e.clientId);
    encoding.writeVarUint(encoder, e.clock);
    encoding.writeVarString(encoder, e.state);
  }
  return encoding.toUint8Array(encoder);
}

/**
 * Replaces the `user` field of a JSON awareness state with the connection's
 * identity, so nobody can appear under another person's name or colour. A
 * removal ("null") stays as it is. Returns null for a state that is not a
 * JSON object: the stock client never sends one.
 */
export function stampIdentity(state: string, identity: AwarenessIdentity): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(state);
  } catch {
    return null;
  }
  if (parsed === null) return state;
  if (typeof parsed !== "object" || Array.isArray(parsed)) return null;
  return JSON.stringify({ ...parsed, user: { name: identity.name, color: identity.color } });
}
