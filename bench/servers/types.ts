/** The wire protocol a server speaks: plain y-websocket, or Hocuspocus's (document name before every message). */
export type Dialect = "y-websocket" | "hocuspocus";

/** How the load generator reaches a server. */
export interface Endpoint {
  dialect: Dialect;
  /** The server's http://host:port; y-websocket rooms live at ws://host:port/sync/<room>. */
  baseUrl: string;
  /** Headers every websocket upgrade carries (session cookie, Origin). */
  headers: Record<string, string>;
  /**
   * The server acknowledges what it has stored to connections that ask with
   * `?ack=1` (ours); light clients then ask and time the acknowledgements.
   */
  durableAcks?: boolean;
}

/** A further process of the same service (the two-node setup): clients are split over it and the first. */
export interface OtherNode {
  endpoint: Endpoint;
  pid: number;
}

/** A server under test, running as its own process. */
export interface BenchTarget {
  endpoint: Endpoint;
  /** Room names (document ids) that exist on this server. */
  rooms: string[];
  /** The server's process id, for CPU and RSS. */
  pid: number;
  /** The loopback port of the server's inspector, when it was started with one (memory measurements). */
  inspectPort?: number;
  /** More processes serving the same rooms (several nodes on one database); CPU and RSS count them all. */
  otherNodes?: OtherNode[];
  /** Process ids of its database, if it has one (read again at every sample). */
  databasePids(): number[];
  /** A line of the server's own view of the run, for servers that report one. */
  diagnostics?(): Promise<string | undefined>;
  stop(): Promise<void>;
}

/** Options for starting a target. */
export interface TargetOptions {
  /** Open the server's inspector on this loopback port (to force GC and read its heap). */
  inspectPort?: number;
}

/** Starts a target with `rooms` rooms ready to join. */
export type TargetFactory = (rooms: number, options?: TargetOptions) => Promise<BenchTarget>;
