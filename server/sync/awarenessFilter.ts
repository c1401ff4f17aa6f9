import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { Awareness } from "y-protocols/awareness";

interface Entry {
  clientId: number;
  clock: number;
  state: string;
}

function decodeEntries(update: Uint8Array): Entry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push({ clientId: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), state: decoding.readVarString(decoder) });
  }
  return entries;
}

function encodeEntries(entries: Entry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(encoder, e.clientId);
    encoding.writeVarUint(encoder, e.clock);
    encoding.writeVarString(encoder, e.state);
  }
  return encoding.toUint8Array(encoder);
}

/** The outcome of {@link filterAwarenessUpdate}. */
export type AwarenessVerdict =
  | { ok: true; update: Uint8Array | null; claimed: number[] }
  | { ok: false; clientId: number };

/**
 * Keeps only the entries of an awareness update that the sending connection
 * may make. The stock client relays every awareness change it receives, so
 * entries for other connections' clients that are not newer than what the
 * server holds are echoes and dropped; a newer one is a forgery. Throws on a
 * malformed update.
 */
export function filterAwarenessUpdate(
  update: Uint8Array,
  awareness: Awareness,
  ownedBySender: Set<number>,
  ownedByOthers: (clientId: number) => boolean,
): AwarenessVerdict {
  const accepted: Entry[] = [];
  const claimed: number[] = [];
  for (const entry of decodeEntries(update)) {
    if (ownedBySender.has(entry.clientId)) {
      accepted.push(entry);
      continue;
    }
    const knownClock = awareness.meta.get(entry.clientId)?.clock;
    const isEcho = knownClock !== undefined && entry.clock <= knownClock;
    if (isEcho) continue;
    if (ownedByOthers(entry.clientId)) return { ok: false, clientId: entry.clientId };
    accepted.push(entry);
    claimed.push(entry.clientId);
  }
  return { ok: true, update: accepted.length > 0 ? encodeEntries(accepted) : null, claimed };
}
