import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** The server's Prometheus metrics; one instance per running server. */
export class Metrics {
  readonly registry = new Registry();
  readonly updates = new Counter({ name: "moedebord_sync_updates_total", help: "Document updates stored and relayed", registers: [this.registry] });
  readonly appendSeconds = new Histogram({
    name: "moedebord_sync_append_seconds",
    help: "Time to store one group commit of updates",
    buckets: [0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });
  readonly extractionSeconds = new Histogram({
    name: "moedebord_extraction_seconds",
    help: "Time to extract a document's blocks into their tables",
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly extractions = new Counter({
    name: "moedebord_extractions_total",
    help: "Extractions of a document's blocks, by outcome (written, unchanged, current, busy on another node, gone, failed)",
    labelNames: ["outcome"],
    registers: [this.registry],
  });
  readonly extractionBehind = new Gauge({
    name: "moedebord_extraction_documents_behind",
    help: "Documents stored beyond what was last extracted of them, as of the last poll",
    registers: [this.registry],
  });
  readonly closedConnections = new Counter({
    name: "moedebord_sync_closed_connections_total",
    help: "Connections the server closed, by close code",
    labelNames: ["code"],
    registers: [this.registry],
  });
  readonly loginHashesActive = new Gauge({ name: "moedebord_login_hashes_active", help: "Password hashes running now", registers: [this.registry] });
  readonly loginHashesPeak = new Gauge({ name: "moedebord_login_hashes_peak", help: "Most password hashes that have run at once", registers: [this.registry] });
  readonly ignoredNotifications = new Counter({ name: "moedebord_node_notifications_ignored_total", help: "Notifications from other nodes that could not be read", registers: [this.registry] });
  readonly loginBusy = new Counter({ name: "moedebord_login_busy_total", help: "Logins refused because the hashing queue was full", registers: [this.registry] });

  constructor(sample: { rooms: () => number; connections: () => number; queued: () => number }) {
    collectDefaultMetrics({ register: this.registry, prefix: "moedebord_" });
    new Gauge({ name: "moedebord_sync_rooms", help: "Documents held in memory", registers: [this.registry], collect() { this.set(sample.rooms()); } });
    new Gauge({ name: "moedebord_sync_connections", help: "Open sync connections", registers: [this.registry], collect() { this.set(sample.connections()); } });
    new Gauge({ name: "moedebord_journal_queued", help: "Updates waiting in the local journal for the database", registers: [this.registry], collect() { this.set(sample.queued()); } });
  }
}
