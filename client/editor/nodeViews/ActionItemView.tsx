import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { CONTROLS_ATTRIBUTE } from "../commands/blockControls.js";
import { useMeetingEditorContext } from "../MeetingEditorContext.js";
import { uiLocale } from "../uiLocale.js";
import { escapeToText } from "./backToText.js";
import { DueControl, dueOf, type DueAttrs } from "./DueControl.js";
import { OwnerControl } from "./OwnerControl.js";
import { StatusControl } from "./StatusControl.js";
import { ACTION_STATUSES, oneOf } from "../../../shared/editor/vocabulary.js";
import { dueDateProblem } from "../../../shared/rules/dueDates.js";
import { ownerLabel, ownerOf } from "./ownerChoice.js";

function dueLabel(due: DueAttrs, t: TFunction): string | null {
  if (due.dueKind === "dato" && due.dueDate && dueDateProblem(due.dueDate, new Date())) return t("fields.invalidDate", { value: due.dueDate });
  if (due.dueKind === "dato") return due.dueDate ? new Date(`${due.dueDate}T12:00:00`).toLocaleDateString(uiLocale(), { day: "numeric", month: "long", year: "numeric" }) : null;
  if (due.dueKind === "betingelse") return due.dueCondition;
  return due.dueKind === "naeste_moede" ? t("blocks.dueKinds.naeste_moede") : null;
}

/**
 * An action item: its text, then who owns it and when it is due. Editors get
 * compact controls (Tab from the text reaches them, Escape returns); readers
 * a line of text. The node's attributes are the only state.
 */
export function ActionItemView({ node, editor, getPos, updateAttributes }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const { editable } = useMeetingEditorContext();
  const owner = ownerOf(node.attrs);
  const due = dueOf(node.attrs);
  const status = oneOf(ACTION_STATUSES, node.attrs.status, "åben");
  // The control shows the stored status, even one this version does not know; styling falls back to "åben".
  const storedStatus = typeof node.attrs.status === "string" && node.attrs.status ? node.attrs.status : status;
  const summary = [ownerLabel(owner, t) && t("blocks.summaryOwner", { owner: ownerLabel(owner, t) }), dueLabel(due, t) && t("blocks.summaryDue", { due: dueLabel(due, t) })].filter(Boolean);

  return (
    <NodeViewWrapper className="action-item tracked-block" data-status={status}>
      <NodeViewContent className="tracked-block__text" />
      {editable ? (
        <div className="tracked-block__controls" contentEditable={false} {...{ [CONTROLS_ATTRIBUTE]: "" }} onKeyDown={escapeToText(editor, getPos)}>
          <OwnerControl owner={owner} storedKind={node.attrs.ownerKind} onChange={updateAttributes} />
          <DueControl due={due} storedKind={node.attrs.dueKind} onChange={updateAttributes} />
          <StatusControl status={storedStatus} editable onChange={(next) => updateAttributes({ status: next })} />
        </div>
      ) : (
        <p className="tracked-block__summary" contentEditable={false}>
          {summary.join(" · ")} <StatusControl status={storedStatus} editable={false} onChange={() => {}} />
        </p>
      )}
    </NodeViewWrapper>
  );
}
