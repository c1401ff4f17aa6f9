import type { Sql } from "postgres";
import type { Logger } from "../logger.js";
import { encodeNodeMessage, NODE_CHANNEL, parseNodeMessage, type NodeLink, type NodeMessage, type OutgoingNodeMessage } from "./nodeMessages.js";

/** What the bus does with what it hears. */
export interface NodeBusHandlers {
  /** A message from another node. */
  receive(message: NodeMessage): Promise<void>;
  /** The listener connection was lost and is back: notifications may have been missed meanwhile. */
  resync(): Promise<void>;
  /** A notification that could not be read. */
  ignored(): void;
}

/**
 * The server processes of one PostgreSQL database as one service: each
 * LISTENs on one channel and NOTIFYs the others of awareness changes,
 * revocations and questions. Stored updates are announced by the statement
 * that stores them (see DocumentStore), so they reach the others exactly
 * when, and only if, they are committed.
 */
export class NodeBus implements NodeLink {
  /** This process, unique across restarts: its own notifications come back to it and are skipped. */
  readonly node = crypto.randomUUID();
  private listening: { unlisten(): Promise<void> } | undefined;
  private readonly ownPrefix = `${this.node}|`;

  constructor(
    private readonly sql: Sql,
    private readonly log: Logger,
  ) {}

  /** Starts listening; the handlers are called from then on. */
  async start(handlers: NodeBusHandlers): Promise<void> {
    let first = true;
    this.listening = await this.sql.listen(
      NODE_CHANNEL,
      (payload) => this.hear(payload, handlers),
      () => {
        if (!first) handlers.resync().catch((error: unknown) => this.log.error({ err: error }, "catching up after the listener reconnected failed"));
        first = false;
      },
    );
  }

  /** Tells the other nodes; a failure (the database is away) is logged, as they will catch up when it returns. */
  publish(message: OutgoingNodeMessage): void {
    const text = encodeNodeMessage({ ...message, node: this.node } as NodeMessage);
    this.sql`select pg_notify(${NODE_CHANNEL}, ${text})`.catch((error: unknown) => this.log.warn({ err: error, kind: message.kind }, "could not notify the other nodes"));
  }

  async close(): Promise<void> {
    await this.listening?.unlisten().catch(() => {});
  }

  private hear(payload: string, handlers: NodeBusHandlers): void {
    // Every update this node stores comes back to it: skipped before any decoding, as it is most of what is heard.
    if (payload.startsWith(this.ownPrefix, 2)) return;
    const message = parseNodeMessage(payload);
    if (!message) {
      handlers.ignored();
      this.log.warn({ length: payload.length }, "ignored an unreadable node notification");
      return;
    }
    handlers.receive(message).catch((error: unknown) => this.log.error({ err: error, kind: message.kind }, "applying a node notification failed"));
  }
}
