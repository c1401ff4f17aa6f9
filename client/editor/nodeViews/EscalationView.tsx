import type { TFunction } from "i18next";
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useTranslation } from "react-i18next";
import { resolveTarget, type EscalationTarget } from "../../../shared/rules/escalationTargets.js";
import { CONTROLS_ATTRIBUTE } from "../commands/blockControls.js";
import { useMeetingEditorContext } from "../MeetingEditorContext.js";
import { escapeToText } from "./backToText.js";
import { EscalationTargetControl, type TargetAttrs } from "./EscalationTargetControl.js";
import "./escalation.css";

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

/** Reads the target attributes of an escalation node. */
function targetAttrs(attrs: Record<string, unknown>): TargetAttrs {
  return {
    targetForumId: text(attrs.targetForumId) || null,
    targetForumName: text(attrs.targetForumName),
    direction: text(attrs.direction),
    targetExternal: text(attrs.targetExternal),
  };
}

/**
 * An escalation: its text, then where it goes. The target is judged against
 * the ladder of the meeting's forum, as the server judges it: a forum not on
 * the ladder is marked "Ugyldig modtager" (in words, not only in colour),
 * and the direction shown is the ladder's, never the one stored in the block.
 */
export function EscalationView({ node, editor, getPos, updateAttributes }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const { editable, context } = useMeetingEditorContext();
  const attrs = targetAttrs(node.attrs);
  const ladder = context?.ladder ?? null;
  const target = ladder ? resolveTarget(ladder, attrs) : null;
  const direction = target?.kind === "forum" ? target.forum.direction : null;
  const invalid = target?.kind === "invalid";

  return (
    <NodeViewWrapper className={invalid ? "escalation tracked-block escalation--invalid" : "escalation tracked-block"} data-direction={direction ?? undefined} data-target={target?.kind}>
      <NodeViewContent className="tracked-block__text" />
      {editable ? (
        <div className="tracked-block__controls" contentEditable={false} {...{ [CONTROLS_ATTRIBUTE]: "" }} onKeyDown={escapeToText(editor, getPos)}>
          {invalid && <span className="escalation__invalid">{t("blocks.targetInvalid")}</span>}
          <EscalationTargetControl attrs={attrs} ladder={ladder} target={target} onChange={(next) => updateAttributes(next)} />
          {direction && <span className="tracked-block__direction">{t(`blocks.directions.${direction}`)}</span>}
        </div>
      ) : (
        <p className="tracked-block__summary" contentEditable={false}>
          {invalid ? <span className="escalation__invalid">{t("blocks.targetInvalid")}</span> : summary(target, attrs, t)}
        </p>
      )}
    </NodeViewWrapper>
  );
}

// Where a read-only reader is told the escalation goes; before the ladder has loaded, what the block says.
function summary(target: EscalationTarget | null, attrs: TargetAttrs, t: TFunction): string {
  if (target?.kind === "forum") return `${t(`blocks.directions.${target.forum.direction}`)} ${target.forum.name}`;
  if (target?.kind === "external") return t("blocks.targetExternalSummary", { name: target.name });
  if (target === null && attrs.targetForumName) return attrs.targetForumName;
  return t("blocks.targetUnknown");
}
