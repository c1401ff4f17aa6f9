import { CloseCode } from "../../shared/protocol/closeCodes.js";
import { wrapLooseText } from "../../shared/editor/richBlockRepair.js";
import type * as Y from "yjs";
import type { Db } from "../../db/client.js";
import { isDocumentFrozen } from "../queries/documentLock.js";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics.js";
import type { UpdateLog } from "./updateLog.js";
import type { DocumentChanges } from "./documentChanges.js";
import { SettleScheduler } from "./settleScheduler.js";
import { applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import type { NodeLink, NodeMessage, RevocationKind } from "../nodes/nodeMessages.js";
import { REMOTE_ORIGIN, Room, type Peer, type PeerOwner, type SyncSocket } from "./room.js";
import { REPAIR_ORIGIN, removeDuplicateItems } from "./yBlocks.js";

/** The sessions that first used these awareness ids in the room. */
function claimsOf(room: Room, ids: number[]): [number, string][] {
  return ids.flatMap((id) => {
    const session = room.awarenessClaims.get(id);
    return session ? [[id, session] as [number, string]] : [];
  });
}

/** Transaction origin of the server's own edits (write-back). */
const SERVER_ORIGIN = Symbol("server");

/** Options for {@link RoomRegistry}. */
export interface RoomRegistryOptions {
  /** Told of each document whose updates were stored here, and asked to hold off while the server edits one. */
  changes: DocumentChanges;
  /** Repairs of a room's document wait this long after its last edit (and at most `repairMaxWaitMs` after its first). */
  repairDebounceMs: number;
  repairMaxWaitMs: number;
  /** The other server processes on the same database, when there can be any. */
  nodes?: NodeLink;
}

/**
 * All rooms of this process: the one module that knows where a document's
 * live state is, so scale-out can later replace it behind the same methods.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly repairs: SettleScheduler<Room>;
  private readonly changes: DocumentChanges;
  private readonly nodes: NodeLink;

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
    private readonly store: UpdateLog,
    private readonly metrics: Metrics,
    options: RoomRegistryOptions,
  ) {
    this.repairs = new SettleScheduler((room) => this.repair(room), options.repairDebounceMs, options.repairMaxWaitMs);
    this.changes = options.changes;
    this.nodes = options.nodes ?? { publish: () => {} };
  }

  /** Number of rooms in memory. */
  get size(): number {
    return this.rooms.size;
  }

  /** Number of open connections over all rooms. */
  get connections(): number {
    let n = 0;
    for (const room of this.rooms.values()) n += room.peers.size;
    return n;
  }

  /** Open connections to one document. */
  peersOf(documentId: string): number {
    return this.rooms.get(documentId)?.peers.size ?? 0;
  }

  /** Adds a peer to the document's room, loading the room first. Rejects when it cannot be loaded. */
  async join(documentId: string, socket: SyncSocket, readOnly: boolean, owner?: PeerOwner, acks = false): Promise<{ room: Room; peer: Peer }> {
    let room = this.rooms.get(documentId);
    if (!room) {
      room = new Room(
        documentId,
        this.store,
        this.log,
        (r, batch, seconds) => {
          this.metrics.updates.inc(batch);
          this.metrics.appendSeconds.observe(seconds);
          this.repairs.touch(r);
          this.changes.changed(r.documentId);
        },
        (r) => this.forget(r),
        (id) => isDocumentFrozen(this.db, id),
        (r, update, ids) => this.nodes.publish({ kind: "awareness", documentId: r.documentId, update, claims: claimsOf(r, ids) }),
      );
      this.rooms.set(documentId, room);
      // Peers on other nodes are announced again by their nodes, so this one sees them before their next renewal.
      void room.ready.then(() => this.nodes.publish({ kind: "awarenessQuery", documentId }), () => {});
    }
    const peer: Peer = { socket, readOnly, clientIds: new Set(), owner, acks };
    room.peers.add(peer);
    try {
      await room.ready;
    } catch (error) {
      room.peers.delete(peer);
      this.forget(room);
      throw error;
    }
    return { room, peer };
  }

  /** Removes a peer; the last one out unloads the room once its repairs are made and its writes done. */
  async leave(room: Room, peer: Peer): Promise<void> {
    room.removePeer(peer);
    if (room.peers.size > 0) return;
    await this.settle(room);
    if (room.peers.size > 0) return;
    this.forget(room);
    room.destroy();
  }

  /**
   * Edits a document as the server, a peer like any other: the change is
   * stored before it reaches the open editors, and extracted like theirs.
   * `prepare` (database writes that go with the edit) runs first, with the
   * document's extraction held off until both are done (what editors wrote
   * before is extracted first). Loads the room for the edit when nobody has
   * it open. A frozen (approved) document is not edited: `prepare` still
   * runs, so the tables keep their follow-up state.
   */
  async editDocument(documentId: string, prepare: () => Promise<void>, edit: (doc: Y.Doc) => void): Promise<void> {
    const quiet: SyncSocket = { send: () => {}, close: () => {} };
    const { room, peer } = await this.join(documentId, quiet, false);
    try {
      // What the editors sent so far is stored, so the extraction that goes first sees it.
      await room.whenWritten();
      await this.changes.exclusive(documentId, async () => {
        await prepare();
        if (room.locked) return;
        room.doc.transact(() => edit(room.doc), SERVER_ORIGIN);
        await room.whenWritten();
      });
      if (room.failed) throw new Error(`storing the server's edit to ${documentId} failed`);
    } finally {
      await this.leave(room, peer);
    }
  }

  /**
   * Runs a lifecycle step with no edit applied here meanwhile: peer updates
   * wait while `step` runs (every update received so far written first, so
   * the step reads the document as stored), then are applied, or dropped
   * when `step` says the document is now frozen. Editors of a document that
   * froze reconnect and come back read-only. When `step` throws, nothing is
   * frozen and the waiting updates are applied.
   */
  async freezeDocument<T>(documentId: string, step: () => Promise<{ result: T; freeze: boolean }>): Promise<T> {
    const quiet: SyncSocket = { send: () => {}, close: () => {} };
    const { room, peer } = await this.join(documentId, quiet, true);
    try {
      const { result, freeze } = await room.hold(async () => {
        await room.whenWritten();
        if (room.failed) throw new Error(`the document ${documentId} could not be stored`);
        const outcome = await step();
        room.locked = outcome.freeze;
        return outcome;
      });
      if (freeze) this.closeDocument(documentId);
      return result;
    } finally {
      await this.leave(room, peer);
    }
  }

  /** Closes a document to every edit from now on (a cancelled meeting), on every node; editors reconnect read-only. */
  closeDocument(documentId: string): void {
    this.revoke("lock", documentId);
  }

  /** Lets a document that was frozen be edited again (after the minutes are reopened), on every node; editors reconnect with their rights. */
  unfreezeDocument(documentId: string): void {
    const room = this.rooms.get(documentId);
    if (room) {
      room.locked = false;
      // A record frozen while it held blocks in the old shape is rewritten now that it may change (here only, not on every node).
      wrapLooseText(room.doc, REPAIR_ORIGIN);
    }
    this.revoke("unlock", documentId);
  }

  /** Makes every connection to a document reconnect, on every node, so its rights are checked again at the upgrade. */
  reconnectAll(documentId: string): void {
    this.revoke("document", documentId);
  }

  /**
   * Makes a person's open connections reconnect, in every room of every
   * node, so the upgrade checks their rights again: after their role in a
   * forum changed or they left it, they edit no longer than the change takes.
   */
  reconnectUser(userId: string): void {
    this.revoke("user", userId);
  }

  /** The sessions this process's open connections were opened with. */
  sessionIds(): Set<string> {
    const ids = new Set<string>();
    for (const room of this.rooms.values()) {
      for (const peer of room.peers) if (peer.owner) ids.add(peer.owner.sessionId);
    }
    return ids;
  }

  /** Closes the connections opened with a session that has ended (logout, expiry), on every node; they are not to reconnect. */
  endSession(sessionId: string): void {
    this.revoke("session", sessionId);
  }

  /** Applies what another node sent: a stored update, an awareness change or question, or a revocation. */
  async receive(message: NodeMessage): Promise<void> {
    if (message.kind === "revoke") return this.revokeHere(message.what, message.id);
    const room = this.rooms.get(message.documentId);
    if (!room) return;
    await room.ready;
    if (message.kind === "update") await room.applyStored(message.update);
    else if (message.kind === "reload") await room.reload();
    else if (message.kind === "awareness") {
      // A client of another node keeps its id here too: the same session may take it (reconnecting here), others only echo it.
      for (const [id, session] of message.claims) if (!room.awarenessClaims.has(id)) room.awarenessClaims.set(id, session);
      applyAwarenessUpdate(room.awareness, message.update, REMOTE_ORIGIN);
    } else if (room.awareness.getStates().size > 0) {
      const ids = [...room.awareness.getStates().keys()];
      this.nodes.publish({ kind: "awareness", documentId: room.documentId, update: encodeAwarenessUpdate(room.awareness, ids), claims: claimsOf(room, ids) });
    }
  }

  /** Reads every open room from storage again: after this node may have missed notifications (its listener reconnected). */
  async reloadAll(): Promise<void> {
    await Promise.all([...this.rooms.values()].map((room) => room.ready.then(() => room.reload()).catch(() => {})));
  }

  private revoke(what: RevocationKind, id: string): void {
    this.revokeHere(what, id);
    this.nodes.publish({ kind: "revoke", what, id });
  }

  private revokeHere(what: RevocationKind, id: string): void {
    const room = what === "user" || what === "session" ? undefined : this.rooms.get(id);
    switch (what) {
      case "user":
        return this.closePeers((owner) => owner.userId === id, CloseCode.PermissionsChanged, "permissions changed");
      case "session":
        return this.closePeers((owner) => owner.sessionId === id, CloseCode.Unauthorized, "session ended");
      case "lock":
        if (room) room.locked = true;
        break;
      case "unlock":
        if (room) room.locked = false;
        break;
    }
    for (const peer of room?.peers ?? []) peer.socket.close(CloseCode.PermissionsChanged, "permissions changed");
  }

  private closePeers(match: (owner: PeerOwner) => boolean, code: number, reason: string): void {
    for (const room of this.rooms.values()) {
      for (const peer of room.peers) if (peer.owner && match(peer.owner)) peer.socket.close(code, reason);
    }
  }

  /** Closes every connection with a reconnect code and waits for all repairs and writes. */
  async close(): Promise<void> {
    const rooms = [...this.rooms.values()];
    for (const room of rooms) {
      for (const peer of room.peers) peer.socket.close(CloseCode.ServerRestart, "server restarting");
    }
    await Promise.all(
      rooms.map(async (room) => {
        await this.settle(room);
        room.destroy();
      }),
    );
    this.rooms.clear();
  }

  // Writes done, pending repairs made, and their writes done too.
  private async settle(room: Room): Promise<void> {
    await room.whenWritten();
    await this.repairs.flush(room);
    await room.whenWritten();
  }

  private forget(room: Room): void {
    if (this.rooms.get(room.documentId) === room) this.rooms.delete(room.documentId);
  }

  /**
   * Repairs that need the live document, made once its edits settle:
   * copies of an agenda item moved by two people at once, and blocks a
   * client on the old schema wrote in the old shape. What they change is
   * stored like any edit, and so extracted.
   */
  private async repair(room: Room): Promise<void> {
    if (room.failed) return;
    const log = this.log.child({ documentId: room.documentId });
    try {
      const removed = removeDuplicateItems(room.doc);
      if (removed > 0) log.info({ removed }, "removed copies of an agenda item moved by two people at once");
      // An editor on the new schema that has the room open drops such a block before this runs.
      const rewritten = room.locked ? 0 : wrapLooseText(room.doc, REPAIR_ORIGIN);
      if (rewritten > 0) log.info({ rewritten }, "rewrote blocks written in the old shape");
    } catch (error) {
      log.error({ err: error }, "repairing the document failed; it is extracted as stored");
    }
  }
}
