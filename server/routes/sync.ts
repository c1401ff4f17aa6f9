import { upgradeWebSocket } from "@hono/node-server";
import { Hono } from "hono";
import type { WebSocket } from "ws";
import { authorize } from "../auth/authorize.js";
import { noteMeeting } from "../audit/accessTrail.js";
import { isAllowedOrigin } from "../auth/origin.js";
import { requireSession } from "../auth/middleware.js";
import { canEditDocument } from "../auth/roles.js";
import type { AppDeps, AppEnv } from "../context.js";
import { AppError } from "../errors.js";
import { SyncConnection } from "../sync/connection.js";
import { ACK_PARAM } from "../../shared/protocol/durableAck.js";
import { DOCUMENT_SCHEMA_VERSION, SCHEMA_PARAM } from "../../shared/protocol/limits.js";

/**
 * True for an editor built for an older document shape: it names an older
 * schema, or it is a browser page that names none (our editor before the
 * parameter existed). Other clients that name none, such as the stock
 * y-websocket client in Node, speak the protocol and are served.
 */
function isOutdatedEditor(schema: string | undefined, userAgent: string | undefined): boolean {
  if (schema !== undefined) return schema !== String(DOCUMENT_SCHEMA_VERSION);
  return /^Mozilla\//.test(userAgent ?? "");
}

type SyncEnv = AppEnv & { Variables: { readOnly: boolean } };

/**
 * The websocket endpoint `/sync/:documentId`. The upgrade is refused with a
 * plain HTTP status before any Yjs message: 401 without a session, 403 from a
 * foreign Origin, 404 when the user may not read the meeting.
 */
export function syncRoutes(deps: AppDeps) {
  return new Hono<SyncEnv>().get(
    "/:documentId",
    async (c, next) => {
      const documentId = c.req.param("documentId");
      if (c.req.header("upgrade")?.toLowerCase() !== "websocket") {
        throw new AppError(426, "upgrade_required", "Dette endpoint kræver en websocket-forbindelse.");
      }
      const session = requireSession(c);
      if (isOutdatedEditor(c.req.query(SCHEMA_PARAM), c.req.header("user-agent"))) {
        throw new AppError(409, "outdated_editor", "Siden er forældet. Genindlæs den for at redigere videre.");
      }
      if (!isAllowedOrigin(c, deps.env)) {
        throw new AppError(403, "bad_origin", "Forbindelsen kommer fra et andet websted og er afvist.");
      }
      const access = await authorize(deps.database.db, session.user, "document.sync", { documentId });
      if (deps.rooms.peersOf(documentId) >= deps.env.SYNC_MAX_CONNECTIONS_PER_ROOM) {
        throw new AppError(503, "room_full", "Dokumentet har for mange åbne forbindelser. Prøv igen om lidt.");
      }
      const readOnly = !canEditDocument(access);
      c.set("readOnly", readOnly);
      // One entry per connection; what it may do follows the role's write access.
      noteMeeting(c, readOnly ? "read" : "change", access, readOnly ? "Åbnede dokumentet til læsning" : "Åbnede dokumentet til redigering", "document", documentId);
      await next();
    },
    upgradeWebSocket((c) => {
      const documentId = c.req.param("documentId")!;
      const { user, sessionId } = requireSession(c);
      const log = deps.logger.child({ documentId, userId: user.id });
      const limits = { messagesPerSecond: deps.env.SYNC_MAX_MESSAGES_PER_SECOND, maxBufferedBytes: deps.env.SYNC_MAX_BUFFERED_BYTES };
      const owner = { userId: user.id, name: user.name, sessionId };
      const acks = c.req.query(ACK_PARAM) === "1";
      const onClose = (code: number) => deps.metrics.closedConnections.inc({ code: String(code) });
      const connection = new SyncConnection(deps.rooms, documentId, c.get("readOnly"), owner, log, limits, onClose, acks);
      return {
        onOpen: (_event, ws) => connection.open(ws.raw as WebSocket),
        onMessage: (event, ws) => connection.receive(event.data, ws.raw as WebSocket),
      };
    }),
  );
}
