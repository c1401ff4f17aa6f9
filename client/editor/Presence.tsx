import { useTranslation } from "react-i18next";
import type { WebsocketProvider } from "y-websocket";
import { usePresence } from "./usePresence.js";

/** The list of people in the document now, each with their caret colour; you are marked "(dig)". */
export function Presence({ provider }: { provider: WebsocketProvider }) {
  const { t } = useTranslation();
  const participants = usePresence(provider);
  return (
    <section className="side-section" aria-labelledby="presence-title" data-testid="presence">
      <h2 id="presence-title" className="side-section__title">
        {t("presence.title")} <span className="count">({participants.length})</span>
      </h2>
      <ul className="presence-list">
        {participants.map((p) => (
          <li key={p.clientId} data-testid="presence-item" data-self={p.isSelf || undefined}>
            <span className="presence-dot" style={{ backgroundColor: p.color ?? undefined }} aria-hidden="true" />
            <span>{p.name ?? t("presence.anonymous")}</span>
            {p.isSelf && <span className="muted"> {t("presence.you")}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
