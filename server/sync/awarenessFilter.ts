import { CloseCode } from "../../shared/protocol/closeCodes.js";
import { decodeEntries, encodeEntries, stampIdentity, type AwarenessEntry, type AwarenessIdentity } from "./awarenessEntries.js";

/** Awareness client ids one connection may hold; a browser tab uses one. */
export const MAX_AWARENESS_IDS_PER_CONNECTION = 4;

/** What the room knows about the awareness ids in it. */
export interface AwarenessLedger {
  /** The clock the room holds for a client id, if it has seen it. */
  knownClock(clientId: number): number | undefined;
  /** The session whose connection first used a client id in this room. */
  claimant(clientId: number): string | undefined;
  /** Whether another open connection holds the client id now. */
  heldByOther(clientId: number): boolean;
  /** The room's own client id, which no connection may use. */
  reserved: number;
}

/** The connection an awareness update came from. */
export interface AwarenessSender {
  held: ReadonlySet<number>;
  sessionId: string;
  identity: AwarenessIdentity;
}

/** The outcome of {@link filterAwarenessUpdate}: what to apply and which ids the sender now holds, or why it is closed. */
export type AwarenessVerdict =
  | { ok: true; update: Uint8Array | null; taken: number[] }
  | { ok: false; code: number; reason: string };

/**
 * Keeps only the entries of an awareness update that the sending connection
 * may make, with its `user` field set to the sender's identity. The stock
 * client relays every awareness change it receives, so entries for ids held
 * or claimed by others that are not newer than the room's are echoes and
 * dropped; a newer one is a forgery. An id first used by a session stays
 * that session's for the room's lifetime: only it may take the id again (a
 * reconnecting client keeps its id). Throws on a malformed update.
 */
export function filterAwarenessUpdate(update: Uint8Array, ledger: AwarenessLedger, sender: AwarenessSender): AwarenessVerdict {
  const accepted: AwarenessEntry[] = [];
  const taken = new Set<number>();
  for (const entry of decodeEntries(update)) {
    const { clientId, clock } = entry;
    const known = ledger.knownClock(clientId);
    const isEcho = known !== undefined && clock <= known;
    let acceptedClock = clock;
    if (!sender.held.has(clientId)) {
      const claimant = ledger.claimant(clientId);
      const othersId = clientId === ledger.reserved || (claimant !== undefined && claimant !== sender.sessionId);
      if (othersId && isEcho) continue;
      if (othersId) return { ok: false, code: CloseCode.AwarenessForbidden, reason: `awareness client ${clientId} belongs to another connection` };
      if (claimant !== undefined && ledger.heldByOther(clientId)) {
        // Another connection of the same session: a newer state means its old socket has not noticed it is gone.
        if (isEcho) continue;
      } else if (claimant !== undefined) {
        // The owner's connection left, so the room already removed the state; a removal has nothing to do.
        if (entry.state === "null") continue;
        // A reconnecting client sends its state with the clock it had, which the removal outran: go past it
        // so every peer (the sender too) takes the state, and the sender's clock follows.
        acceptedClock = Math.max(clock, (known ?? 0) + 1);
      }
      taken.add(clientId);
      if (sender.held.size + taken.size > MAX_AWARENESS_IDS_PER_CONNECTION) {
        return { ok: false, code: CloseCode.AwarenessLimit, reason: "too many awareness clients on one connection" };
      }
    }
    const state = stampIdentity(entry.state, sender.identity);
    if (state === null) return { ok: false, code: CloseCode.MalformedMessage, reason: `awareness state of client ${clientId} is not an object` };
    accepted.push({ clientId, clock: acceptedClock, state });
  }
  return { ok: true, update: accepted.length > 0 ? encodeEntries(accepted) : null, taken: [...taken] };
}
