import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { originGuard, sessionMiddleware } from "./auth/middleware.js";
import { requestSizeLimit } from "./requestSizeLimit.js";
import { accessLogMiddleware } from "./audit/accessLogMiddleware.js";
import { securityHeaders } from "./securityHeaders.js";
import { attachmentRoutes } from "./routes/attachments.js";
import { meetingContextRoutes } from "./routes/meetingContext.js";
import { meetingOptionRoutes } from "./routes/meetingOptions.js";
import { forumRoutes } from "./routes/forums.js";
import { actionItemRoutes } from "./routes/actionItems.js";
import { escalationRoutes } from "./routes/escalations.js";
import { lifecycleRoutes } from "./routes/lifecycle.js";
import { versionRoutes } from "./routes/versions.js";
import { commentRoutes } from "./routes/comments.js";
import { forumAdminRoutes } from "./routes/admin/forumAdmin.js";
import { regionAdminRoutes } from "./routes/admin/regionAdmin.js";
import { memberAdminRoutes } from "./routes/admin/memberAdmin.js";
import { invitationRoutes } from "./routes/invitations.js";
import { agreementRoutes } from "./routes/agreements.js";
import { accessLogRoutes } from "./routes/accessLog.js";
import { calendarRoutes } from "./routes/calendar.js";
import { publicSiteRoutes } from "./routes/publicSite.js";
import type { AppDeps, AppEnv } from "./context.js";
import { AppError } from "./errors.js";
import { authRoutes } from "./routes/auth.js";
import { healthRoutes } from "./routes/health.js";
import { meetingRoutes } from "./routes/meetings.js";
import { meetingRemovalRoutes } from "./routes/meetingRemoval.js";
import { syncRoutes } from "./routes/sync.js";
import { clientRoutes } from "./routes/client.js";
import { SYNC_PATH } from "../shared/protocol/limits.js";

/** The Hono app: middleware, routes and the one error handler. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use(securityHeaders(deps.env));
  app.route("/", healthRoutes(deps));
  app.use(
    "/api/*",
    requestSizeLimit(deps),
    sessionMiddleware(deps),
    originGuard(deps),
    accessLogMiddleware(deps),
  );
  app.use(`${SYNC_PATH}/*`, sessionMiddleware(deps), accessLogMiddleware(deps));
  app.use("/ical/*", accessLogMiddleware(deps));
  app.route("/api", authRoutes(deps));
  app.route("/api", meetingRoutes(deps));
  app.route("/api", meetingRemovalRoutes(deps));
  app.route("/api", attachmentRoutes(deps));
  app.route("/api", meetingContextRoutes(deps));
  app.route("/api", meetingOptionRoutes(deps));
  app.route("/api", forumRoutes(deps));
  app.route("/api", actionItemRoutes(deps));
  app.route("/api", escalationRoutes(deps));
  app.route("/api", lifecycleRoutes(deps));
  app.route("/api", versionRoutes(deps));
  app.route("/api", commentRoutes(deps));
  app.route("/api", forumAdminRoutes(deps));
  app.route("/api", regionAdminRoutes(deps));
  app.route("/api", memberAdminRoutes(deps));
  app.route("/api", invitationRoutes(deps));
  app.route("/api", agreementRoutes(deps));
  app.route("/api", accessLogRoutes(deps));
  const calendar = calendarRoutes(deps);
  app.route("/api", calendar.api);
  app.route("/ical", calendar.ical);
  app.route("/offentlig", publicSiteRoutes(deps));
  app.route(SYNC_PATH, syncRoutes(deps));
  app.all("/api/*", () => {
    throw new AppError(404, "not_found", "Dette API-endpoint findes ikke.");
  });
  app.route("/", clientRoutes());

  app.onError((error, c) => {
    if (error instanceof AppError) {
      return c.json({ error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } }, error.status);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json({ error: { code: "invalid_request", message: `Ugyldig forespørgsel: ${error.message}` } }, error.status);
    }
    deps.logger.error({ err: error, path: c.req.path }, "unhandled error");
    return c.json({ error: { code: "internal", message: "Der opstod en uventet fejl." } }, 500);
  });
  return app;
}
