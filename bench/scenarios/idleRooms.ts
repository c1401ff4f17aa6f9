import { LatencyBook } from "../load/latencyBook.js";
import { LightClient } from "../load/lightClient.js";
import { wireFor } from "../load/wire.js";
import { collectAndReadHeap } from "../measure/inspector.js";
import { rssOf } from "../measure/procStats.js";
import type { BenchTarget } from "../servers/types.js";

/** Pause for the server to settle (pending timers and writes) before reading its memory. */
const SETTLE_MS = 2_000;
/** Sockets opening at once. */
const OPEN_CONCURRENCY = 25;
/** Rooms opened and closed before the baseline (one batch), beyond those measured. */
export const IDLE_WARMUP_ROOMS = OPEN_CONCURRENCY;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Memory {
  heapBytes: number;
  rssBytes: number;
}

/** The server's memory once settled and garbage-collected. */
async function settledMemory(target: BenchTarget): Promise<Memory> {
  if (target.inspectPort === undefined) throw new Error("the server was started without an inspector");
  await sleep(SETTLE_MS);
  const heapBytes = await collectAndReadHeap(target.inspectPort);
  return { heapBytes, rssBytes: rssOf(target.pid) };
}

async function openRooms(target: BenchTarget, rooms: string[]): Promise<LightClient[]> {
  const wire = wireFor(target.endpoint);
  const book = new LatencyBook();
  const clients: LightClient[] = [];
  for (let i = 0; i < rooms.length; i += OPEN_CONCURRENCY) {
    const batch = rooms.slice(i, i + OPEN_CONCURRENCY).map((room) => new LightClient(wire, room, target.endpoint.headers, "[idle]", book, 0));
    clients.push(...batch);
    await Promise.all(batch.map((c) => c.ready));
  }
  return clients;
}

/** Server memory per idle room (one idle socket each). */
export interface IdleRoomsResult {
  rooms: number;
  /** Growth of the process's resident memory per room, after a forced GC. */
  rssPerRoomBytes: number;
  /** Growth of the V8 heap in use per room, after a forced GC. */
  heapPerRoomBytes: number;
}

/**
 * Opens the rooms of `target` after the first {@link IDLE_WARMUP_ROOMS}
 * with one socket each, lets them go idle and reads the server's memory
 * (after a forced GC through its inspector) before and after:
 * (after - before) / rooms. The warm-up rooms are opened together and
 * closed first, so the baseline already holds what opening rooms at all
 * costs once (code, caches, a grown database pool).
 */
export async function measureIdleRooms(target: BenchTarget): Promise<IdleRoomsResult> {
  const warmup = target.rooms.slice(0, IDLE_WARMUP_ROOMS);
  const rooms = target.rooms.slice(IDLE_WARMUP_ROOMS);
  (await openRooms(target, warmup)).forEach((c) => c.close());
  const before = await settledMemory(target);
  const clients = await openRooms(target, rooms);
  try {
    const after = await settledMemory(target);
    return {
      rooms: rooms.length,
      rssPerRoomBytes: (after.rssBytes - before.rssBytes) / rooms.length,
      heapPerRoomBytes: (after.heapBytes - before.heapBytes) / rooms.length,
    };
  } finally {
    clients.forEach((c) => c.close());
  }
}
