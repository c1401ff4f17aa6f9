import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { LadderForum } from "../../../shared/protocol/forumLadder.js";
import { ESCALATION_DIRECTIONS } from "../../../shared/editor/vocabulary.js";
import { EXTERNAL_RECIPIENT_MAX, type EscalationTarget } from "../../../shared/rules/escalationTargets.js";
import { FieldWithProblem, problemAttributes } from "./FieldProblem.js";

/** The attributes of an escalation node that say where it goes. */
export interface TargetAttrs {
  targetForumId: string | null;
  targetForumName: string | null;
  direction: string | null;
  targetExternal: string | null;
}

// Select values besides forum ids (which are uuids, so these never clash with one).
const EXTERNAL = "__external__";
const INVALID = "__invalid__";
const UNCHECKED = "__unchecked__";

interface EscalationTargetControlProps {
  attrs: TargetAttrs;
  /** The ladder of the meeting's forum, or null while it loads. */
  ladder: LadderForum[] | null;
  /** What the attributes come to on that ladder; null while it loads. */
  target: EscalationTarget | null;
  onChange: (attrs: TargetAttrs) => void;
}

// What was written, cut short: it is shown, not trusted.
const shown = (written: string) => (written.length > 60 ? `${written.slice(0, 59)}…` : written);

// A forum's place beside its name: region-wide bodies always, a cluster when the ladder spans several.
function placeOf(forum: LadderForum, ladder: LadderForum[], regionWide: string): string {
  if (forum.clusterName === null) return ` · ${regionWide}`;
  const clusters = new Set(ladder.map((f) => f.clusterName).filter((c) => c !== null));
  return clusters.size > 1 ? ` · ${forum.clusterName}` : "";
}

/**
 * Where an escalation goes: a forum of the ladder, grouped up, down and
 * sideways, or a recipient outside Mødebord written in words. A forum id the
 * ladder does not hold is shown as "Ugyldig modtager" at the field, with the
 * picker to choose a valid one.
 */
export function EscalationTargetControl({ attrs, ladder, target, onChange }: EscalationTargetControlProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const textId = useId();
  const external = attrs.targetForumId === null && attrs.targetExternal !== null;
  const value = target?.kind === "invalid" ? INVALID : attrs.targetForumId ? (ladder ? attrs.targetForumId : UNCHECKED) : external ? EXTERNAL : "";
  const selectProblem = target?.kind === "invalid" ? t("fields.targetInvalid", { name: shown(attrs.targetForumName ?? attrs.targetForumId ?? "") }) : null;
  const textProblem = external && target?.kind !== "external" ? t("fields.targetExternal") : null;

  const choose = (chosen: string) => {
    const forum = ladder?.find((f) => f.id === chosen);
    if (forum) onChange({ targetForumId: forum.id, targetForumName: forum.name, direction: forum.direction, targetExternal: null });
    else if (chosen === EXTERNAL) onChange({ targetForumId: null, targetForumName: null, direction: null, targetExternal: attrs.targetExternal ?? "" });
    else if (chosen === "") onChange({ targetForumId: null, targetForumName: null, direction: null, targetExternal: null });
  };

  return (
    <>
      <FieldWithProblem fieldId={selectId} problem={selectProblem} testId="escalation-target-problem">
        <label className="doc-field">
          <span className="doc-field__label">{t("blocks.targetLabel")}</span>
          <select value={value} onChange={(event) => choose(event.target.value)} data-testid="escalation-target" {...problemAttributes(selectId, selectProblem)}>
            <option value="">{t("blocks.targetNone")}</option>
            {value === UNCHECKED && <option value={UNCHECKED}>{attrs.targetForumName ?? attrs.targetForumId}</option>}
            {value === INVALID && (
              <option value={INVALID} disabled>
                {t("blocks.targetInvalid")}
              </option>
            )}
            {ladder &&
              ESCALATION_DIRECTIONS.map((d) => {
                const forums = ladder.filter((forum) => forum.direction === d);
                return (
                  forums.length > 0 && (
                    <optgroup key={d} label={t(`blocks.directions.${d}`)}>
                      {forums.map((forum) => (
                        <option key={forum.id} value={forum.id}>
                          {forum.name}
                          {placeOf(forum, ladder, t("blocks.regionWide"))}
                        </option>
                      ))}
                    </optgroup>
                  )
                );
              })}
            <optgroup label={t("blocks.targetOutside")}>
              <option value={EXTERNAL}>{t("blocks.targetExternal")}</option>
            </optgroup>
          </select>
        </label>
      </FieldWithProblem>
      {external && (
        <FieldWithProblem fieldId={textId} problem={textProblem} testId="escalation-external-problem">
          <label className="doc-field doc-field--wide">
            <span className="visually-hidden">{t("blocks.targetExternalLabel")}</span>
            <input
              type="text"
              value={attrs.targetExternal ?? ""}
              maxLength={EXTERNAL_RECIPIENT_MAX}
              placeholder={t("blocks.targetExternalPlaceholder")}
              onChange={(event) => onChange({ ...attrs, targetExternal: event.target.value })}
              data-testid="escalation-external"
              {...problemAttributes(textId, textProblem)}
            />
          </label>
        </FieldWithProblem>
      )}
    </>
  );
}
