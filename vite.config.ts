import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The dev server proxies to the API server so the session cookie flows on
// the websocket upgrade exactly as in production (same origin). Because of
// these prefixes, no folder directly under client/ may be named api or sync:
// the dev server would proxy its modules to the API server.
const apiTarget = `http://localhost:${process.env.PORT ?? 3000}`;

/** Vite builds the browser client from client/ into dist/client, which the server serves. */
export default defineConfig({
  root: "client",
  plugins: [react()],
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    // The meeting page chunk is the editor stack (ProseMirror, Tiptap, Yjs), ~530 kB, loaded only there.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      "/api": { target: apiTarget },
      "/sync": { target: apiTarget, ws: true },
      "/offentlig": { target: apiTarget },
      "/ical": { target: apiTarget },
      "/healthz": { target: apiTarget },
      "/readyz": { target: apiTarget },
      "/metrics": { target: apiTarget },
    },
  },
});
