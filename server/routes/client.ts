import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import type { AppEnv } from "../context.js";

/** Where `vite build` puts the client. */
export const CLIENT_DIST = fileURLToPath(new URL("../../dist/client", import.meta.url));

/**
 * Serves the built client: hashed assets cached for a year, every other
 * file (index.html, the service worker) revalidated on each load, and
 * index.html for any other path so client-side routes load.
 */
export function clientRoutes() {
  const app = new Hono<AppEnv>();
  if (!existsSync(CLIENT_DIST)) {
    return app.get("*", (c) => c.text("Klienten er ikke bygget. Kør `npm run build` eller `npm start`.", 503));
  }
  return app
    .use("/assets/*", async (c, next) => {
      await next();
      if (c.res.ok) c.header("cache-control", "public, max-age=31536000, immutable");
    })
    .use("/assets/*", serveStatic({ root: CLIENT_DIST }))
    .use("*", async (c, next) => {
      await next();
      if (!c.req.path.startsWith("/assets/")) c.header("cache-control", "no-cache");
    })
    .use("*", serveStatic({ root: CLIENT_DIST }))
    .get("*", serveStatic({ root: CLIENT_DIST, path: "index.html" }));
}
