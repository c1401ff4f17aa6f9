import * as Y from "yjs";
import { LatencyHistogram } from "../measure/histogram.js";

/** What the book keeps per sending client. */
interface Sender {
  /** The node (endpoint index) its socket is connected to. */
  node: number;
  /** Send time of each keystroke of the window, by the client's clock after it. */
  sentAt: Map<number, number>;
  /** Its own clock as far as the server last acknowledged it stored. */
  ackedTo: number;
}

/**
 * Propagation latency, matched by Yjs identity: every keystroke sent during
 * the window is noted under (client id, clock after it) with its send time;
 * a socket receiving an update looks up the clocks it carries
 * (`Y.parseUpdateMeta`, no need to apply it). Sender and receivers share
 * this process, so one clock times both ends: the send time plays the part
 * of a timestamp embedded in the update. Durable acknowledgements are timed
 * the same way, from the send to the first acknowledgement covering it.
 */
export class LatencyBook {
  /** Every delivery to every socket. */
  readonly all = new LatencyHistogram();
  /** Deliveries to stock providers, timed after they applied the update. */
  readonly stock = new LatencyHistogram();
  /** Deliveries to a socket on another node than the sender's (several nodes only). */
  readonly crossNode = new LatencyHistogram();
  /** From a keystroke's send to the server's acknowledgement that it is stored (clients that asked for acknowledgements). */
  readonly durable = new LatencyHistogram();
  typed = 0;
  delivered = 0;
  expectedDeliveries = 0;
  acknowledged = 0;
  expectedAcks = 0;
  private readonly senders = new Map<number, Sender>();
  private windowStart = Infinity;
  private windowEnd = Infinity;

  /** Starts counting keystrokes sent from now on. */
  openWindow(): void {
    this.windowStart = performance.now();
  }

  /** Stops counting new keystrokes; their deliveries still count. Returns the window length in ms. */
  closeWindow(): number {
    this.windowEnd = performance.now();
    return this.windowEnd - this.windowStart;
  }

  /**
   * Notes a keystroke just sent by `clientId` on `node`, reaching `clock`,
   * to be delivered to `receivers` sockets (and acknowledged when `acks`).
   */
  sent(clientId: number, clock: number, receivers: number, node = 0, acks = false): void {
    const now = performance.now();
    if (now < this.windowStart || now >= this.windowEnd) return;
    let sender = this.senders.get(clientId);
    if (!sender) this.senders.set(clientId, (sender = { node, sentAt: new Map(), ackedTo: 0 }));
    sender.sentAt.set(clock, now);
    this.typed++;
    this.expectedDeliveries += receivers;
    if (acks) this.expectedAcks++;
  }

  /**
   * Times the keystrokes an update received by the socket of client
   * `receiverId` (on `receiverNode`) carries. Its own keystrokes echoed back
   * (the reference server and Hocuspocus send every update to its sender
   * too) do not count.
   */
  received(update: Uint8Array, receiverId: number, stock: boolean, receiverNode = 0): void {
    const { from, to } = Y.parseUpdateMeta(update);
    for (const [clientId, end] of to) {
      const sender = this.senders.get(clientId);
      if (!sender || clientId === receiverId) continue;
      const cross = sender.node !== receiverNode;
      // A server may merge several keystrokes into one update: each one-character keystroke ends at its own clock.
      for (let clock = from.get(clientId)! + 1; clock <= end; clock++) {
        const sentAt = sender.sentAt.get(clock);
        if (sentAt === undefined) continue;
        const ms = performance.now() - sentAt;
        this.all.record(ms);
        if (stock) this.stock.record(ms);
        if (cross) this.crossNode.record(ms);
        this.delivered++;
      }
    }
  }

  /** Times the keystrokes of `clientId` that an acknowledgement up to its `clock` newly covers. */
  acknowledgedTo(clientId: number, clock: number): void {
    const sender = this.senders.get(clientId);
    if (!sender || clock <= sender.ackedTo) return;
    const now = performance.now();
    for (let c = sender.ackedTo + 1; c <= clock; c++) {
      const sentAt = sender.sentAt.get(c);
      if (sentAt === undefined) continue;
      this.durable.record(now - sentAt);
      this.acknowledged++;
    }
    sender.ackedTo = clock;
  }

  /** True once every keystroke of the window has reached every receiver and every acknowledgement asked for has come. */
  get complete(): boolean {
    return this.delivered >= this.expectedDeliveries && this.acknowledged >= this.expectedAcks;
  }
}
