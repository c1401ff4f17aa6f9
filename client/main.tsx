import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./i18n/index.js";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/tiptapBase.css";
import "./styles/header.css";
import "./styles/workspace.css";
import "./styles/editor.css";
import "./styles/documentNarrow.css";
import { App } from "./App.js";
import { registerServiceWorker } from "./offline/registerServiceWorker.js";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
