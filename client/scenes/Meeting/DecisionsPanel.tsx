import { useTranslation } from "react-i18next";
import type { Decision } from "../../http/types.js";
import { useDecisions } from "./useDecisions.js";

/**
 * The side panel "Beslutninger": every decision in the document with its
 * agenda item, kept up to date. Before the meeting is held they are proposals
 * ("Forslag til beslutning"), and the panel says so.
 */
export function DecisionsPanel({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { decisions, failing } = useDecisions(meetingId);
  const proposals = decisions?.some((decision) => decision.proposal) ?? false;
  const title = proposals ? t("decisions.proposalsTitle") : t("decisions.title");

  return (
    <section className="side-section" aria-label={title} data-testid="decisions-panel">
      <h2 className="side-section__title">
        {title}
        {decisions && decisions.length > 0 && <span className="count"> ({decisions.length})</span>}
      </h2>
      {failing && (
        <p className="side-section__warning" role="status">
          {t("decisions.stale")}
        </p>
      )}
      {decisions === null && !failing && <p className="muted">{t("decisions.loading")}</p>}
      {proposals && (
        <p className="muted" data-testid="decisions-proposals">
          {t("decisions.proposalsNote")}
        </p>
      )}
      {decisions?.length === 0 && (
        <p className="empty-state" data-testid="decisions-empty">
          {t("decisions.empty")}
        </p>
      )}
      {decisions && decisions.length > 0 && (
        <ol className="decision-list">
          {decisions.map((decision) => (
            <DecisionItem key={decision.id} decision={decision} />
          ))}
        </ol>
      )}
    </section>
  );
}

function DecisionItem({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const item = decision.agendaItem;
  return (
    <li className="decision-card" data-testid="decision-item" data-decision-id={decision.id}>
      <p className="decision-card__item">
        {item?.number ? (
          <>
            <span className="decision-card__number">{t("decisions.item", { number: item.number })}</span>
            {item.title && <span>: {item.title}</span>}
          </>
        ) : (
          t("decisions.outsideItems")
        )}
      </p>
      <p className={decision.text ? "decision-card__text" : "decision-card__text muted"}>{decision.text || t("decisions.noText")}</p>
    </li>
  );
}
