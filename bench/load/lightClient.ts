import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { WebSocket } from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { DURABLE_MESSAGE } from "../../shared/protocol/durableAck.js";
import { ownDurableClock } from "./durableAck.js";
import type { LatencyBook } from "./latencyBook.js";
import { TYPING_ORIGIN, Typist } from "./typist.js";
import { Message, type Wire } from "./wire.js";

/** How long a light client may take to open and receive the document. */
const CONNECT_TIMEOUT_MS = 30_000;

/**
 * A client that speaks the same wire protocol as the stock provider but
 * never applies what it receives after the first sync: it only reads the
 * clocks of incoming updates. Its own doc holds the server's initial state
 * plus its own keystrokes, enough to produce valid updates. On a server
 * that acknowledges stored updates it asks for them, as our editor does,
 * and reads only its own clock from each.
 */
export class LightClient {
  readonly doc = new Y.Doc();
  readonly typist: Typist;
  /** Set when the socket closed before {@link close}. */
  dropped = false;
  private readonly socket: WebSocket;
  private synced = false;
  private closing = false;
  readonly ready: Promise<void>;

  constructor(
    private readonly wire: Wire,
    private readonly room: string,
    headers: Record<string, string>,
    marker: string,
    private readonly book: LatencyBook,
    private readonly receivers: number,
    /** The node (endpoint index) this socket is connected to, for cross-node latency. */
    private readonly node = 0,
  ) {
    this.typist = new Typist(this.doc, marker);
    this.socket = new WebSocket(wire.url(room), { headers, perMessageDeflate: false });
    this.socket.binaryType = "nodebuffer";
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === TYPING_ORIGIN) this.send(Message.Sync, (e) => syncProtocol.writeUpdate(e, update));
    });
    this.ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`light client timed out joining ${room}`)), CONNECT_TIMEOUT_MS);
      this.socket.on("open", () => {
        for (const frame of wire.greeting(room)) this.socket.send(frame);
        this.send(Message.Sync, (e) => syncProtocol.writeSyncStep1(e, this.doc));
      });
      this.socket.on("message", (data: Buffer) => {
        if (this.receive(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))) {
          clearTimeout(timer);
          resolve();
        }
      });
      this.socket.on("error", (error) => reject(error));
      this.socket.on("close", (code) => {
        if (!this.closing) this.dropped = true;
        clearTimeout(timer);
        reject(new Error(`socket of ${room} closed with ${code}`));
      });
    });
    this.ready.catch(() => {});
  }

  /** Types one character and notes it for latency. */
  type(): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    const clock = this.typist.type();
    this.book.sent(this.doc.clientID, clock, this.receivers, this.node, this.wire.durableAcks);
  }

  close(): void {
    this.closing = true;
    this.socket.close();
    this.doc.destroy();
  }

  private send(type: number, write: (encoder: encoding.Encoder) => void): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    this.socket.send(
      this.wire.frame(this.room, (e) => {
        encoding.writeVarUint(e, type);
        write(e);
      }),
    );
  }

  /** Handles one frame; returns true when it completed the first sync. */
  private receive(data: Uint8Array): boolean {
    const decoder = this.wire.read(data);
    const type = decoding.readVarUint(decoder);
    if (type === DURABLE_MESSAGE && this.wire.durableAcks) {
      this.book.acknowledgedTo(this.doc.clientID, ownDurableClock(decoder, this.doc.clientID));
      return false;
    }
    if (type !== Message.Sync) return false;
    const step = decoding.readVarUint(decoder);
    if (step === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      this.send(Message.Sync, (e) => syncProtocol.writeSyncStep2(e, this.doc, stateVector));
      return false;
    }
    const update = decoding.readVarUint8Array(decoder);
    if (this.synced || step !== syncProtocol.messageYjsSyncStep2) {
      this.book.received(update, this.doc.clientID, false, this.node);
      return false;
    }
    Y.applyUpdate(this.doc, update);
    this.synced = true;
    this.typist.start();
    return true;
  }
}
