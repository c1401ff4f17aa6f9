import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { config as zodConfig } from "zod";
import "./i18n/index.js";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/tiptapBase.css";
import "./styles/editor.css";
import { App } from "./App.js";
import { registerServiceWorker } from "./offline/registerServiceWorker.js";

// zod probes for `Function("")` to compile faster parsers; the CSP (no 'unsafe-eval') refuses it and reports a violation.
zodConfig({ jitless: true });

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
