import type { Endpoint } from "../servers/types.js";
import type { FleetClient } from "./fleet.js";
import { openStockProvider } from "./stockClient.js";
import { paragraphTexts } from "./typist.js";

/** Rooms checked at once. */
const CHECK_CONCURRENCY = 10;
/** Problems listed in the report at most. */
const MAX_PROBLEMS = 5;
/** How long a room may take to show every keystroke (a server still working off a backlog). */
const CHECK_DEADLINE_MS = 30_000;
/** Pause before looking at a room again. */
const RECHECK_MS = 2_000;

/** The outcome of checking every room. */
export interface ConvergenceResult {
  checked: number;
  converged: number;
  problems: string[];
}

async function checkOnce(endpoint: Endpoint, room: string, clients: FleetClient[]): Promise<string | null> {
  const fresh = openStockProvider(endpoint, room);
  try {
    await fresh.synced;
    const texts = paragraphTexts(fresh.doc);
    const missing = clients.filter((c) => !c.typist.isIn(texts));
    if (missing.length > 0) return `${room}: ${missing.length} client(s) lost keystrokes (e.g. ${missing[0].typist.marker})`;
    const expected = texts.join("\n");
    const diverged = clients.filter((c) => c.stock && paragraphTexts(c.stock.doc).join("\n") !== expected);
    if (diverged.length > 0) return `${room}: ${diverged.length} stock replica(s) differ from the server's document`;
    return null;
  } catch (error) {
    return `${room}: ${(error as Error).message}`;
  } finally {
    fresh.destroy();
  }
}

/** Checks a room, looking again while it is not converged and the deadline has not passed. */
async function checkRoom(endpoint: Endpoint, room: string, clients: FleetClient[], deadline: number): Promise<string | null> {
  for (;;) {
    const problem = await checkOnce(endpoint, room, clients);
    if (problem === null || Date.now() + RECHECK_MS > deadline) return problem;
    await new Promise((r) => setTimeout(r, RECHECK_MS));
  }
}

/**
 * After typing has stopped and deliveries drained: a fresh stock client
 * joins each room and must find every client's paragraph exactly as that
 * client typed it, and every stock replica must equal it. A room that does
 * not yet is looked at again until a deadline, so a server still working
 * off a backlog is not mistaken for one that lost edits.
 */
export async function checkConvergence(endpoint: Endpoint, clients: FleetClient[]): Promise<ConvergenceResult> {
  const byRoom = new Map<string, FleetClient[]>();
  for (const c of clients) byRoom.set(c.room, [...(byRoom.get(c.room) ?? []), c]);
  const rooms = [...byRoom.keys()];
  const problems: string[] = [];
  const deadline = Date.now() + CHECK_DEADLINE_MS;
  let converged = 0;
  for (let i = 0; i < rooms.length; i += CHECK_CONCURRENCY) {
    const results = await Promise.all(rooms.slice(i, i + CHECK_CONCURRENCY).map((room) => checkRoom(endpoint, room, byRoom.get(room)!, deadline)));
    for (const problem of results) {
      if (problem === null) converged++;
      else if (problems.length < MAX_PROBLEMS) problems.push(problem);
    }
  }
  return { checked: rooms.length, converged, problems };
}
