import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { applyAwarenessUpdate } from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import { CloseCode } from "../../shared/protocol/closeCodes.js";
import { userColor } from "../../shared/editor/userColor.js";
import { filterAwarenessUpdate } from "./awarenessFilter.js";
import { MessageType, awarenessMessage } from "./messages.js";
import type { Peer, Room } from "./room.js";

/** A frame the server refuses; the connection that sent it is closed with `code`. */
export class ProtocolViolation extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

async function handleSync(room: Room, peer: Peer, decoder: decoding.Decoder): Promise<Uint8Array | null> {
  const syncType = decoding.readVarUint(decoder);
  if (syncType === syncProtocol.messageYjsSyncStep1) {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Sync);
    syncProtocol.readSyncStep1(decoder, encoder, room.doc);
    return encoding.toUint8Array(encoder);
  }
  if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
    throw new ProtocolViolation(CloseCode.MalformedMessage, `unknown sync message type ${syncType}`);
  }
  // A lifecycle step may be freezing the document: apply nothing until it has.
  await room.whenOpen();
  // Read-only peers' changes, and anyone's once the record is frozen, are dropped, never applied or relayed.
  if (peer.readOnly || room.locked) return null;
  let failure: Error | undefined;
  syncProtocol.readSyncStep2(decoder, room.doc, peer, (error) => {
    failure = error;
  });
  if (failure) throw new ProtocolViolation(CloseCode.MalformedMessage, `invalid update: ${failure.message}`);
  return null;
}

function handleAwareness(room: Room, peer: Peer, decoder: decoding.Decoder): void {
  const update = decoding.readVarUint8Array(decoder);
  // The server's own peers send nothing; a connection always has an owner.
  if (!peer.owner) return;
  const { sessionId, userId, name } = peer.owner;
  const holderOf = (id: number) => [...room.peers].find((other) => other !== peer && other.clientIds.has(id));
  const verdict = filterAwarenessUpdate(
    update,
    {
      knownClock: (id) => room.awareness.meta.get(id)?.clock,
      claimant: (id) => room.awarenessClaims.get(id),
      heldByOther: (id) => holderOf(id) !== undefined,
      reserved: room.awareness.clientID,
    },
    { held: peer.clientIds, sessionId, identity: { name, color: userColor(userId) } },
  );
  if (!verdict.ok) throw new ProtocolViolation(verdict.code, verdict.reason);
  for (const id of verdict.taken) {
    // Taken from a stale connection of the same session: its close must not remove the state.
    holderOf(id)?.clientIds.delete(id);
    peer.clientIds.add(id);
    if (!room.awarenessClaims.has(id)) room.awarenessClaims.set(id, sessionId);
  }
  if (verdict.update) applyAwarenessUpdate(room.awareness, verdict.update, peer);
}

/**
 * Handles one frame from a peer and returns the reply to send it, if any.
 * Sync step 1 is answered only after earlier updates are stored, so no peer
 * is ever shown an edit that a crash could still lose.
 * Throws {@link ProtocolViolation} for frames that must close the connection.
 */
export async function handlePeerMessage(room: Room, peer: Peer, data: Uint8Array): Promise<Uint8Array | null> {
  const decoder = decoding.createDecoder(data);
  try {
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.Sync:
        if (data[1] === syncProtocol.messageYjsSyncStep1) await room.whenWritten();
        return await handleSync(room, peer, decoder);
      case MessageType.Awareness:
        handleAwareness(room, peer, decoder);
        return null;
      case MessageType.QueryAwareness:
        return awarenessMessage(room.awareness);
      case MessageType.Auth:
        // Authentication happens before the upgrade; the in-band auth message is ignored.
        return null;
      default:
        throw new ProtocolViolation(CloseCode.MalformedMessage, `unknown message type ${type}`);
    }
  } catch (error) {
    if (error instanceof ProtocolViolation) throw error;
    throw new ProtocolViolation(CloseCode.MalformedMessage, `malformed frame: ${(error as Error).message}`);
  }
}
