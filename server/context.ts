import type { Database } from "../db/client.js";
import type { AccessLogWriter } from "./audit/accessLogWriter.js";
import type { AccessTrail } from "./audit/accessTrail.js";
import type { SessionResult } from "./auth/session.js";
import type { Env } from "./env.js";
import type { Logger } from "./logger.js";
import type { Metrics } from "./metrics.js";
import type { RoomRegistry } from "./sync/roomRegistry.js";
import type { UpdateLog } from "./sync/updateLog.js";

/** What the app is built from: opened once at boot and shared by every request. */
export interface AppDeps {
  database: Database;
  env: Env;
  logger: Logger;
  rooms: RoomRegistry;
  updateLog: UpdateLog;
  metrics: Metrics;
  accessLog: AccessLogWriter;
}

/** Hono's typing of per-request variables. */
export interface AppEnv {
  Variables: {
    session: SessionResult | null;
    /** What the request touched, for the access log (see server/audit). */
    accessTrail: AccessTrail;
  };
}
