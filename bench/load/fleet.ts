import type { LatencyBook } from "./latencyBook.js";
import { LightClient } from "./lightClient.js";
import type { LoadPlan } from "./plan.js";
import { connectStock, type StockClient } from "./stockClient.js";
import type { Typist } from "./typist.js";
import { wireFor } from "./wire.js";

/** One socket of the fleet, stock or light. */
export interface FleetClient {
  room: string;
  stock: StockClient | null;
  typist: Typist;
  ready: Promise<void>;
  type(): void;
  dropped(): boolean;
  close(): void;
}

// Socket c of every room joins node c mod n, so each room's clients (stock ones too) are split over all nodes.
function createClients(plan: LoadPlan, book: LatencyBook): FleetClient[] {
  const wires = plan.endpoints.map(wireFor);
  const receivers = plan.clientsPerRoom - 1;
  return plan.rooms.flatMap((room, r) =>
    Array.from({ length: plan.clientsPerRoom }, (_, c): FleetClient => {
      const marker = `[${c}]`;
      const node = c % plan.endpoints.length;
      const endpoint = plan.endpoints[node];
      if (r < plan.stockRooms && c < plan.stockPerRoom) {
        const stock = connectStock(endpoint, room, marker, book, receivers, node);
        const dropped = () => stock.drops() > 0;
        return { room, stock, typist: stock.typist, ready: stock.ready, type: stock.type, dropped, close: stock.destroy };
      }
      const light = new LightClient(wires[node], room, endpoint.headers, marker, book, receivers, node);
      return { room, stock: null, typist: light.typist, ready: light.ready, type: () => light.type(), dropped: () => light.dropped, close: () => light.close() };
    }),
  );
}

/**
 * Opens every socket of the plan, at most `connectConcurrency` at a time,
 * and resolves once all have their first sync. Rejects on the first
 * socket that cannot join.
 */
export async function connectFleet(plan: LoadPlan, book: LatencyBook): Promise<FleetClient[]> {
  const clients: FleetClient[] = [];
  const total = plan.rooms.length * plan.clientsPerRoom;
  // Created room by room in batches so only `connectConcurrency` handshakes run at once.
  const perBatch = Math.max(1, Math.floor(plan.connectConcurrency / plan.clientsPerRoom));
  for (let i = 0; i < plan.rooms.length; i += perBatch) {
    const batch = createClients({ ...plan, rooms: plan.rooms.slice(i, i + perBatch), stockRooms: Math.max(0, plan.stockRooms - i) }, book);
    clients.push(...batch);
    try {
      await Promise.all(batch.map((c) => c.ready));
    } catch (error) {
      clients.forEach((c) => c.close());
      throw new Error(`connecting ${total} sockets failed after ${clients.length}: ${(error as Error).message}`);
    }
  }
  return clients;
}

/**
 * Makes every client type at `charsPerSecond` with jittered gaps (0.5 to
 * 1.5 times the mean), starting at random offsets so keystrokes spread
 * evenly. Returns a function that stops all typing.
 */
export function startTyping(clients: FleetClient[], charsPerSecond: number): () => void {
  const meanGapMs = 1000 / charsPerSecond;
  const timers = new Set<NodeJS.Timeout>();
  let typing = true;
  const schedule = (client: FleetClient, delay: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!typing) return;
      client.type();
      schedule(client, meanGapMs * (0.5 + Math.random()));
    }, delay);
    timers.add(timer);
  };
  for (const client of clients) schedule(client, Math.random() * meanGapMs);
  return () => {
    typing = false;
    timers.forEach((t) => clearTimeout(t));
  };
}
