import { useTranslation } from "react-i18next";
import type { Escalation } from "./escalationsApi.js";

/**
 * Where an escalation went, as the server decided it: a forum of the ladder
 * with its direction, a recipient outside Mødebord, or "ugyldig modtager"
 * for a target that was not on the ladder (and so reached no inbox).
 */
export function EscalationTargetText({ escalation }: { escalation: Pick<Escalation, "direction" | "target"> }) {
  const { t } = useTranslation();
  const { target, direction } = escalation;
  if (target.kind === "invalid") return <strong className="escalation-card__invalid">{t("panels.escalations.invalidTarget")}</strong>;
  if (target.kind === "external" && target.external) return <>{t("panels.escalations.externalTarget", { name: target.external })}</>;
  if (target.kind === "forum" && target.forumName) return <>{`${t(`panels.escalations.directions.${direction ?? "side"}`)} ${target.forumName}`}</>;
  return <>{t("panels.escalations.noTarget")}</>;
}
