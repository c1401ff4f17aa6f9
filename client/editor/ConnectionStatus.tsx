import { useTranslation } from "react-i18next";
import type { ConnectionState } from "./useCollaboration.js";

/**
 * Shows whether the document is live: "Forbinder…", "Forbundet", or "Offline –
 * ændringer gemmes lokalt" while edits go to this browser's copy until the
 * connection returns.
 */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  const { t } = useTranslation();
  return (
    <p className={`connection connection--${state}`} role="status" data-testid="connection-status" data-status={state}>
      <span className="connection__dot" aria-hidden="true" />
      {t(`connection.${state}`)}
    </p>
  );
}
