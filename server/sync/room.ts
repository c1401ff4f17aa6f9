import { Awareness, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import * as Y from "yjs";
import { wrapLooseText } from "../../shared/editor/richBlockRepair.js";
import { CloseCode } from "../../shared/protocol/closeCodes.js";
import type { Logger } from "../logger.js";
import { DocumentFrozen } from "./documentStore.js";
import type { UpdateLog } from "./updateLog.js";
import { durableMessage } from "../../shared/protocol/durableAck.js";
import { awarenessMessage, updateMessage } from "./messages.js";
import { REPAIR_ORIGIN } from "./yBlocks.js";

/** The transport a connection writes to; the websocket in production. */
export interface SyncSocket {
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
}

/** Who opened a connection: the signed-in person, their name as others see it, and the session they used. */
export interface PeerOwner {
  userId: string;
  name: string;
  sessionId: string;
}

/** One peer in a room and the awareness client ids it introduced. */
export interface Peer {
  socket: SyncSocket;
  readOnly: boolean;
  clientIds: Set<number>;
  /** Absent for the server's own peer. */
  owner?: PeerOwner;
  /** Set for connections that asked to be told what is stored (our editor); a stock client never is. */
  acks?: boolean;
}

/** Transaction origin of updates read from storage: they are not written back. */
const LOAD_ORIGIN = Symbol("load");
/** Origin of updates and awareness another server process stored or saw: relayed to this room's peers, not stored again or sent back. */
export const REMOTE_ORIGIN = Symbol("remote");

interface PendingUpdate {
  update: Uint8Array;
  origin: unknown;
}

/**
 * A document held in memory while anyone has it open. Every update is
 * applied and relayed to the other peers at once, then stored (in Postgres,
 * or in the local journal while Postgres is away) in group commits: updates
 * that arrive while a write is running go together in the next one. After
 * each commit the peers that sent updates in it and asked for it are told
 * the room's state vector as far as it is now stored.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  readonly peers = new Set<Peer>();
  /** The session whose connection first used each awareness client id; kept while the room lives, so no other session can take an id over. */
  readonly awarenessClaims = new Map<number, string>();
  /** Resolves when the stored document is loaded; rejects when it cannot be. */
  readonly ready: Promise<void>;
  /** Set when storage failed; the room must not be used again. */
  failed = false;
  /** Set while the meeting's record is frozen (approved): no update from any peer is applied. */
  locked = false;
  private pending: PendingUpdate[] = [];
  // The room's state vector as far as it is stored (here, or by another node); what a peer asking for acknowledgements is told.
  private durable = new Map<number, number>();
  private writes: Promise<void> = Promise.resolve();
  // Peer updates wait behind this while a lifecycle step reads and freezes the document.
  private gate: Promise<void> = Promise.resolve();

  constructor(
    readonly documentId: string,
    private readonly store: UpdateLog,
    private readonly log: Logger,
    private readonly onPersisted: (room: Room, batch: number, seconds: number) => void,
    private readonly onFailure: (room: Room) => void,
    isLocked: (documentId: string) => Promise<boolean>,
    /** Told of each awareness change made here (not one from another node), to pass on to the other nodes. */
    onLocalAwareness: (room: Room, update: Uint8Array, clientIds: number[]) => void = () => {},
  ) {
    this.awareness.setLocalState(null);
    this.ready = Promise.all([store.load(documentId, this.doc, LOAD_ORIGIN), isLocked(documentId)]).then(async ([, locked]) => {
      this.locked = locked;
      this.durable = Y.decodeStateVector(Y.encodeStateVector(this.doc));
      this.doc.on("update", (update: Uint8Array, origin: unknown) => this.enqueue(update, origin));
      this.awareness.on("update", ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
        const changed = [...added, ...updated, ...removed];
        this.broadcast(awarenessMessage(this.awareness, changed));
        if (origin !== REMOTE_ORIGIN) onLocalAwareness(this, encodeAwarenessUpdate(this.awareness, changed), changed);
      });
      // Blocks stored in an older shape are rewritten before any peer sees the document, and stored
      // first, so a restart cannot make a second, duplicate rewrite. A frozen record is read as it is.
      if (locked || wrapLooseText(this.doc, REPAIR_ORIGIN) === 0) return;
      await this.writes;
      if (this.failed) throw new Error(`storing the rewrite of ${documentId}'s blocks failed`);
    });
  }

  /** Resolves once every update received so far is stored (or the room has failed). */
  whenWritten(): Promise<void> {
    return this.writes;
  }

  /**
   * Runs `freeze` with no peer update applied meanwhile: updates that arrive
   * wait and are applied after it (or dropped, if it left the room locked).
   * Freezes run one at a time.
   */
  hold<T>(freeze: () => Promise<T>): Promise<T> {
    const run = this.gate.then(freeze);
    this.gate = run.then(
      () => {},
      () => {},
    );
    return run;
  }

  /** Resolves when no freeze holds peer updates back. */
  whenOpen(): Promise<void> {
    return this.gate;
  }

  /** The room's state vector as far as it is stored. */
  get durableStateVector(): Uint8Array {
    return Y.encodeStateVector(this.durable);
  }

  /** Applies an update another node has stored: relayed to the peers here, not stored again. Dropped once the record is frozen. */
  async applyStored(update: Uint8Array): Promise<void> {
    await this.whenOpen();
    if (this.locked || this.failed) return;
    Y.applyUpdate(this.doc, update, REMOTE_ORIGIN);
    this.markStored(Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update)));
  }

  /** Reads the document from storage again and applies what this room lacks (after missed or too large notifications). */
  async reload(): Promise<void> {
    await this.whenOpen();
    if (this.locked || this.failed) return;
    const stored = new Y.Doc();
    await this.store.load(this.documentId, stored, null);
    Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(stored), REMOTE_ORIGIN);
    this.markStored(Y.decodeStateVector(Y.encodeStateVector(stored)));
    stored.destroy();
  }

  // Raises the stored state vector to `clocks`; returns the clients whose clock it raised.
  private advanceDurable(clocks: Map<number, number>): Set<number> {
    const advanced = new Set<number>();
    for (const [client, clock] of clocks) {
      if (clock > (this.durable.get(client) ?? 0)) {
        this.durable.set(client, clock);
        advanced.add(client);
      }
    }
    return advanced;
  }

  // Stored elsewhere: a peer here whose edits these are (a client back after its node died) is told they are safe.
  private markStored(clocks: Map<number, number>): void {
    const advanced = this.advanceDurable(clocks);
    if (advanced.size === 0) return;
    const ack = durableMessage(this.durableStateVector);
    for (const peer of this.peers) if (peer.acks && [...peer.clientIds].some((id) => advanced.has(id))) peer.socket.send(ack);
  }

  /** Sends a frame to every peer except `except`. */
  broadcast(frame: Uint8Array, except?: Peer): void {
    for (const peer of this.peers) if (peer !== except) peer.socket.send(frame);
  }

  /** Removes a peer and the awareness states it introduced. */
  removePeer(peer: Peer): void {
    this.peers.delete(peer);
    if (peer.clientIds.size > 0) removeAwarenessStates(this.awareness, [...peer.clientIds], null);
  }

  /** Frees the in-memory document; call only when no peer is left and writes are done. */
  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }

  private enqueue(update: Uint8Array, origin: unknown): void {
    if (origin === LOAD_ORIGIN) return;
    this.broadcast(updateMessage(update), this.peerOf(origin));
    if (origin === REMOTE_ORIGIN) return;
    this.pending.push({ update, origin });
    if (this.pending.length === 1) this.writes = this.writes.then(() => this.flush());
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (this.failed) return;
    // Every update applied so far is in this batch or an earlier one: once it is stored, so is this state.
    const stored = Y.encodeStateVector(this.doc);
    const started = performance.now();
    try {
      await this.store.append(
        this.documentId,
        batch.map((p) => p.update),
      );
    } catch (error) {
      if (error instanceof DocumentFrozen) return this.frozenElsewhere();
      this.fail(error);
      return;
    }
    this.advanceDurable(Y.decodeStateVector(stored));
    const senders = new Set(batch.map((p) => this.peerOf(p.origin)).filter((peer) => peer?.acks));
    if (senders.size > 0) {
      const ack = durableMessage(this.durableStateVector);
      for (const peer of senders) peer!.socket.send(ack);
    }
    this.onPersisted(this, batch.length, (performance.now() - started) / 1000);
  }

  private peerOf(origin: unknown): Peer | undefined {
    return origin && this.peers.has(origin as Peer) ? (origin as Peer) : undefined;
  }

  // Another node froze the record before these updates were stored: they are not, and the editors come back read-only.
  private frozenElsewhere(): void {
    this.locked = true;
    this.log.warn({ documentId: this.documentId }, "updates refused: the record was frozen on another node");
    for (const peer of this.peers) peer.socket.close(CloseCode.PermissionsChanged, "record frozen");
  }

  // Nothing unstored was acknowledged, and every peer holds what it sent or saw:
  // closing with a retryable code makes them reconnect and send it again.
  private fail(error: unknown): void {
    this.failed = true;
    this.log.error({ err: error, documentId: this.documentId }, "storing document updates failed; closing room");
    for (const peer of this.peers) peer.socket.close(CloseCode.StorageUnavailable, "storage unavailable");
    this.onFailure(this);
  }
}
