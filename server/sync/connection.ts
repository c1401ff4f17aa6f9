import type { WebSocket } from "ws";
import { CloseCode } from "../../shared/protocol/closeCodes.js";
import type { Logger } from "../logger.js";
import { durableMessage } from "../../shared/protocol/durableAck.js";
import { awarenessMessage, syncStep1Message } from "./messages.js";
import { ProtocolViolation, handlePeerMessage } from "./peerMessages.js";
import type { Peer, PeerOwner, Room } from "./room.js";
import type { RoomRegistry } from "./roomRegistry.js";

/** How often a connection is pinged; one without a pong by the next ping is dropped. */
const PING_INTERVAL_MS = 30_000;

/** Per-connection limits. */
export interface ConnectionLimits {
  messagesPerSecond: number;
  maxBufferedBytes: number;
}

/**
 * One websocket speaking the y-websocket protocol for one document. Frames
 * are handled strictly in arrival order, after the room has loaded.
 */
export class SyncConnection {
  private joined: Promise<{ room: Room; peer: Peer }> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private closed = false;
  // A token bucket: refills at the allowed rate, holds a burst of twice that.
  private tokens: number;
  private lastRefill = performance.now();

  constructor(
    private readonly rooms: RoomRegistry,
    private readonly documentId: string,
    private readonly readOnly: boolean,
    private readonly owner: PeerOwner,
    private readonly log: Logger,
    private readonly limits: ConnectionLimits,
    private readonly onClose: (code: number) => void,
    /** Whether the peer asked to be told what is stored (our editor does; the stock client does not). */
    private readonly acks = false,
  ) {
    this.tokens = limits.messagesPerSecond * 2;
  }

  /** Joins the room and greets the peer with sync step 1 and the current awareness. */
  open(raw: WebSocket): void {
    const socket = {
      send: (data: Uint8Array) => {
        if (raw.readyState !== raw.OPEN) return;
        if (raw.bufferedAmount > this.limits.maxBufferedBytes) {
          this.close(raw, CloseCode.SlowConsumer, "slow consumer");
          return;
        }
        raw.send(data);
      },
      close: (code: number, reason: string) => this.close(raw, code, reason),
    };
    this.joined = this.rooms.join(this.documentId, socket, this.readOnly, this.owner, this.acks);
    this.queue = this.joined.then(({ room }) => {
      socket.send(syncStep1Message(room.doc));
      if (room.awareness.getStates().size > 0) socket.send(awarenessMessage(room.awareness));
      // A peer back after losing its connection learns at once which of its edits were stored before.
      if (this.acks) socket.send(durableMessage(room.durableStateVector));
    });
    this.queue.catch((error) => {
      this.log.error({ err: error }, "document could not be loaded");
      this.close(raw, CloseCode.StorageUnavailable, "document could not be loaded");
    });

    let alive = true;
    raw.on("pong", () => {
      alive = true;
    });
    const ping = setInterval(() => {
      if (!alive) return raw.terminate();
      alive = false;
      raw.ping();
    }, PING_INTERVAL_MS);
    // Hono's onClose needs a CloseEvent global that Node 20 lacks, so listen on the socket itself.
    raw.on("close", () => {
      clearInterval(ping);
      this.closed = true;
      this.joined
        ?.then(({ room, peer }) => this.rooms.leave(room, peer))
        .catch((error: unknown) => this.log.error({ err: error }, "leaving room failed"));
    });
  }

  /** Queues one incoming frame; a frame that breaks the protocol closes this connection only. */
  receive(data: unknown, raw: WebSocket): void {
    if (!(data instanceof ArrayBuffer)) {
      this.close(raw, CloseCode.MalformedMessage, "text frames are not part of the protocol");
      return;
    }
    if (!this.takeToken()) {
      this.close(raw, CloseCode.RateLimited, "too many messages");
      return;
    }
    const frame = new Uint8Array(data);
    this.queue = this.queue
      .then(async () => {
        if (this.closed || !this.joined) return;
        const { room, peer } = await this.joined;
        const reply = await handlePeerMessage(room, peer, frame);
        if (reply && raw.readyState === raw.OPEN) raw.send(reply);
      })
      .catch((error: unknown) => {
        if (error instanceof ProtocolViolation) {
          this.log.warn({ code: error.code, reason: error.message }, "closing connection for a protocol violation");
          this.close(raw, error.code, error.message);
        } else if (!this.closed) {
          this.log.error({ err: error }, "handling a sync frame failed");
          this.close(raw, CloseCode.StorageUnavailable, "internal error");
        }
      });
  }

  private takeToken(): boolean {
    const now = performance.now();
    const rate = this.limits.messagesPerSecond;
    this.tokens = Math.min(rate * 2, this.tokens + ((now - this.lastRefill) / 1000) * rate);
    this.lastRefill = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  private close(raw: WebSocket, code: number, reason: string): void {
    if (this.closed && raw.readyState !== raw.OPEN) return;
    this.closed = true;
    this.onClose(code);
    // A close reason may hold at most 123 bytes.
    raw.close(code, reason.slice(0, 120));
  }
}
