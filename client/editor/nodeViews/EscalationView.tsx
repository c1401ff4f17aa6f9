import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useTranslation } from "react-i18next";
import { ESCALATION_DIRECTIONS, oneOf } from "../../../shared/editor/vocabulary.js";
import { CONTROLS_ATTRIBUTE } from "../commands/blockControls.js";
import { useMeetingEditorContext } from "../MeetingEditorContext.js";
import { escapeToText } from "./backToText.js";

/**
 * An escalation: its text, then the forum it goes to, picked from the
 * forum ladder grouped by direction (up, down, sideways). Choosing a forum
 * writes its id, name and direction to the node.
 */
export function EscalationView({ node, editor, getPos, updateAttributes }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const { editable, context } = useMeetingEditorContext();
  const ladder = context?.ladder ?? [];
  const targetId = typeof node.attrs.targetForumId === "string" ? node.attrs.targetForumId : "";
  const targetName = typeof node.attrs.targetForumName === "string" ? node.attrs.targetForumName : null;
  const direction = oneOf(ESCALATION_DIRECTIONS, node.attrs.direction, null);
  const listed = ladder.some((forum) => forum.id === targetId);

  const choose = (id: string) => {
    const forum = ladder.find((f) => f.id === id);
    updateAttributes(forum ? { targetForumId: forum.id, targetForumName: forum.name, direction: forum.direction } : { targetForumId: null, targetForumName: null, direction: null });
  };

  return (
    <NodeViewWrapper className="escalation tracked-block" data-direction={direction ?? undefined}>
      <NodeViewContent className="tracked-block__text" />
      {editable ? (
        <div className="tracked-block__controls" contentEditable={false} {...{ [CONTROLS_ATTRIBUTE]: "" }} onKeyDown={escapeToText(editor, getPos)}>
          <label className="doc-field">
            <span className="doc-field__label">{t("blocks.targetLabel")}</span>
            <select value={targetId} onChange={(event) => choose(event.target.value)} data-testid="escalation-target">
              <option value="">{t("blocks.targetNone")}</option>
              {targetId && !listed && <option value={targetId}>{targetName ?? targetId}</option>}
              {ESCALATION_DIRECTIONS.map((d) => {
                const forums = ladder.filter((forum) => forum.direction === d);
                return (
                  forums.length > 0 && (
                    <optgroup key={d} label={t(`blocks.directions.${d}`)}>
                      {forums.map((forum) => (
                        <option key={forum.id} value={forum.id}>
                          {forum.name}
                        </option>
                      ))}
                    </optgroup>
                  )
                );
              })}
            </select>
          </label>
          {direction && <span className="tracked-block__direction">{t(`blocks.directions.${direction}`)}</span>}
        </div>
      ) : (
        <p className="tracked-block__summary" contentEditable={false}>
          {targetName ? `${direction ? t(`blocks.directions.${direction}`) : ""} ${targetName}`.trim() : t("blocks.targetUnknown")}
        </p>
      )}
    </NodeViewWrapper>
  );
}
