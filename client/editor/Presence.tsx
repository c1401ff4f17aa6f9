import { useTranslation } from "react-i18next";
import type { WebsocketProvider } from "y-websocket";
import type { OutlineItem } from "./outline/agendaItems.js";
import { usePresence } from "./usePresence.js";

/**
 * The people in the document now, each with their caret colour and the
 * agenda item their cursor is in ("Punkt 3"); you are marked "(dig)".
 */
export function Presence({ provider, outline }: { provider: WebsocketProvider; outline: OutlineItem[] }) {
  const { t } = useTranslation();
  const participants = usePresence(provider);
  const itemOf = (id: string | null) => (id ? outline.find((item) => item.id === id) : undefined);
  return (
    <section className="side-section" aria-labelledby="presence-title" data-testid="presence">
      <h2 id="presence-title" className="side-section__title">
        {t("presence.title")} <span className="count">({participants.length})</span>
      </h2>
      <ul className="presence-list">
        {participants.map((p) => {
          const item = itemOf(p.itemId);
          return (
            <li key={p.clientId} data-testid="presence-item" data-self={p.isSelf || undefined}>
              <span className="presence-dot" style={{ backgroundColor: p.color ?? undefined }} aria-hidden="true" />
              <span>{p.name ?? t("presence.anonymous")}</span>
              {p.isSelf && <span className="muted"> {t("presence.you")}</span>}
              {item && (
                <span className="presence-location" data-testid="presence-location" title={item.title || undefined}>
                  {t("presence.location", { number: item.number })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
