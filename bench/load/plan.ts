import type { SerializedHistogram } from "../measure/histogram.js";
import type { Endpoint } from "../servers/types.js";

/** What one load-generator process does: sent to it over IPC. */
export interface LoadPlan {
  /** The service's nodes (one for a single process); socket c of each room joins endpoints[c mod n]. */
  endpoints: Endpoint[];
  rooms: string[];
  /** Sockets per room, stock providers included. */
  clientsPerRoom: number;
  /** Stock providers per room in the rooms that have them (the rest are light clients). */
  stockPerRoom: number;
  /** How many rooms (the first ones) get stock providers. */
  stockRooms: number;
  /** Keystrokes per second per client (each a separate update). */
  charsPerSecond: number;
  /** Typing before measuring starts, in ms. */
  warmupMs: number;
  /** Length of the measurement window, in ms. */
  measureMs: number;
  /** Longest wait for late deliveries after typing stops, in ms. */
  drainMs: number;
  /** Sockets opening at once while connecting. */
  connectConcurrency: number;
  /** After the drain, report "drained" and wait for "continue" with every socket still open (memory is read then). */
  holdWhenDrained?: boolean;
}

/** What the generator measured. */
export interface LoadReport {
  sockets: number;
  connectMs: number;
  /** Propagation latency of every update delivered to every other socket in its room. */
  latency: SerializedHistogram;
  /** The same, only as seen by stock providers after applying the update. */
  stockLatency: SerializedHistogram;
  /** The same, only deliveries to a socket on another node than the sender's (several nodes). */
  crossNodeLatency: SerializedHistogram;
  /** From sending a keystroke to the first durable acknowledgement covering it (sockets that asked). */
  durableLatency: SerializedHistogram;
  /** Keystrokes sent during the window. */
  typed: number;
  /** Deliveries of those keystrokes to the other sockets of their rooms. */
  delivered: number;
  expectedDeliveries: number;
  /** Keystrokes of the window acknowledged as stored, of those sent by sockets that asked. */
  acknowledged: number;
  expectedAcks: number;
  windowMs: number;
  /** The generator's own CPU over the window, in percent of one core. */
  cpuPercent: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** Sockets that were disconnected by the server during the run. */
  droppedSockets: number;
  /** Rooms whose final state (fresh client) held exactly what every client typed, and stock replicas agreed. */
  convergedRooms: number;
  checkedRooms: number;
  convergenceProblems: string[];
}

/** Messages from the generator to the orchestrator. */
export type GeneratorMessage =
  | { type: "window-start" }
  | { type: "window-end" }
  | { type: "drained" }
  | { type: "result"; report: LoadReport }
  | { type: "error"; message: string };

/** The orchestrator's answer to "drained": it has read what it wanted, the generator goes on. */
export const CONTINUE_MESSAGE = "continue";
