import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppDeps, AppEnv } from "./context.js";
import { AppError } from "./errors.js";
import { attachmentTooLarge } from "./routes/attachments.js";

// JSON bodies of this API are small; only attachment uploads are large.
const MAX_JSON_BODY_BYTES = 1024 * 1024;
// Multipart framing around the file itself.
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** Refuses request bodies over the limit for their route before reading them whole. */
export function requestSizeLimit(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const upload = bodyLimit({
    maxSize: deps.env.MAX_ATTACHMENT_BYTES + MULTIPART_OVERHEAD_BYTES,
    onError: () => {
      throw attachmentTooLarge(deps.env.MAX_ATTACHMENT_BYTES);
    },
  });
  const json = bodyLimit({
    maxSize: MAX_JSON_BODY_BYTES,
    onError: () => {
      throw new AppError(413, "body_too_large", "Forespørgslen er for stor.");
    },
  });
  return (c, next) => (c.req.method === "POST" && c.req.path.endsWith("/attachments") ? upload(c, next) : json(c, next));
}
