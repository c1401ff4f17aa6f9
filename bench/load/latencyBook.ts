import * as Y from "yjs";
import { LatencyHistogram } from "../measure/histogram.js";

/**
 * Propagation latency, matched by Yjs identity: every keystroke sent during
 * the window is noted under (client id, clock after it) with its send time;
 * a socket receiving an update looks up the clocks it carries
 * (`Y.parseUpdateMeta`, no need to apply it). Sender and receivers share
 * this process, so one clock times both ends: the send time plays the part
 * of a timestamp embedded in the update.
 */
export class LatencyBook {
  /** Every delivery to every socket. */
  readonly all = new LatencyHistogram();
  /** Deliveries to stock providers, timed after they applied the update. */
  readonly stock = new LatencyHistogram();
  typed = 0;
  delivered = 0;
  expectedDeliveries = 0;
  private readonly sentAt = new Map<number, Map<number, number>>();
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

  /** Notes a keystroke just sent by `clientId`, reaching `clock`, to be delivered to `receivers` sockets. */
  sent(clientId: number, clock: number, receivers: number): void {
    const now = performance.now();
    if (now < this.windowStart || now >= this.windowEnd) return;
    let clocks = this.sentAt.get(clientId);
    if (!clocks) this.sentAt.set(clientId, (clocks = new Map()));
    clocks.set(clock, now);
    this.typed++;
    this.expectedDeliveries += receivers;
  }

  /**
   * Times the keystrokes an update received by the socket of client
   * `receiverId` carries. Its own keystrokes echoed back (the reference
   * server and Hocuspocus send every update to its sender too) do not count.
   */
  received(update: Uint8Array, receiverId: number, stock: boolean): void {
    const { from, to } = Y.parseUpdateMeta(update);
    for (const [clientId, end] of to) {
      const clocks = this.sentAt.get(clientId);
      if (!clocks || clientId === receiverId) continue;
      // A server may merge several keystrokes into one update: each one-character keystroke ends at its own clock.
      for (let clock = from.get(clientId)! + 1; clock <= end; clock++) {
        const sentAt = clocks.get(clock);
        if (sentAt === undefined) continue;
        const ms = performance.now() - sentAt;
        this.all.record(ms);
        if (stock) this.stock.record(ms);
        this.delivered++;
      }
    }
  }

  /** True once every keystroke of the window has reached every receiver. */
  get complete(): boolean {
    return this.delivered >= this.expectedDeliveries;
  }
}
