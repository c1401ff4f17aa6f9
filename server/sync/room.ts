import { Awareness, removeAwarenessStates } from "y-protocols/awareness";
import * as Y from "yjs";
import { wrapLooseText } from "../../shared/editor/richBlockRepair.js";
import { CloseCode } from "../../shared/protocol/closeCodes.js";
import type { Logger } from "../logger.js";
import type { UpdateLog } from "./updateLog.js";
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
}

/** Transaction origin of updates read from storage: they are not written back. */
const LOAD_ORIGIN = Symbol("load");

interface PendingUpdate {
  update: Uint8Array;
  origin: unknown;
}

/**
 * A document held in memory while anyone has it open. Every update is
 * stored (in Postgres, or in the local journal while Postgres is away)
 * before it is broadcast, in group commits: updates that arrive while a
 * write is running go out together in the next one.
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
  ) {
    this.awareness.setLocalState(null);
    this.ready = Promise.all([store.load(documentId, this.doc, LOAD_ORIGIN), isLocked(documentId)]).then(async ([, locked]) => {
      this.locked = locked;
      this.doc.on("update", (update: Uint8Array, origin: unknown) => this.enqueue(update, origin));
      this.awareness.on("update", ({ added, updated, removed }: Record<string, number[]>) => {
        this.broadcast(awarenessMessage(this.awareness, [...added, ...updated, ...removed]));
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
    this.pending.push({ update, origin });
    if (this.pending.length === 1) this.writes = this.writes.then(() => this.flush());
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (this.failed) return;
    const started = performance.now();
    try {
      await this.store.append(
        this.documentId,
        batch.map((p) => p.update),
      );
    } catch (error) {
      this.fail(error);
      return;
    }
    for (const { update, origin } of batch) {
      this.broadcast(updateMessage(update), this.peerOf(origin));
    }
    this.onPersisted(this, batch.length, (performance.now() - started) / 1000);
  }

  private peerOf(origin: unknown): Peer | undefined {
    return origin && this.peers.has(origin as Peer) ? (origin as Peer) : undefined;
  }

  // Nothing unstored was broadcast, so the senders still hold their edits:
  // closing with a retryable code makes them reconnect and send them again.
  private fail(error: unknown): void {
    this.failed = true;
    this.log.error({ err: error, documentId: this.documentId }, "storing document updates failed; closing room");
    for (const peer of this.peers) peer.socket.close(CloseCode.StorageUnavailable, "storage unavailable");
    this.onFailure(this);
  }
}
