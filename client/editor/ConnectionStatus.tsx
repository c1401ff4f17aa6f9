import { useTranslation } from "react-i18next";
import type { ConnectionState } from "./useCollaboration.js";

/**
 * Shows whether the document is live and what is stored: "Forbinder…",
 * "Gemmer…" while an edit made here waits for the server to store it,
 * "Gemt" once it has, or "Offline – ændringer gemmes lokalt" while edits go
 * to this browser's copy until the connection returns.
 */
export function ConnectionStatus({ state, unstored }: { state: ConnectionState; unstored: boolean }) {
  const { t } = useTranslation();
  const shown = state === "connected" ? (unstored ? "saving" : "saved") : state;
  return (
    <p className={`connection connection--${state}`} role="status" data-testid="connection-status" data-status={state} data-stored={!unstored}>
      <span className="connection__dot" aria-hidden="true" />
      {t(`connection.${shown}`)}
    </p>
  );
}
