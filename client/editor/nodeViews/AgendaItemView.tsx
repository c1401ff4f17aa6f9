import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useTranslation } from "react-i18next";
import { AGENDA_ITEM_KINDS, oneOf } from "../../../shared/editor/vocabulary.js";
import { CONTROLS_ATTRIBUTE } from "../commands/blockControls.js";
import { MOVE_ITEM_DOWN_SHORTCUT, MOVE_ITEM_UP_SHORTCUT } from "../commands/moveAgendaItem.js";
import { MARK_CURRENT_SHORTCUT, setCurrentItem } from "../live/markCurrentItem.js";
import { useMeetingEditorContext } from "../MeetingEditorContext.js";
import { shortcutKeys } from "../shortcutKeys.js";
import { escapeToText } from "./backToText.js";

/**
 * An agenda item: its header (drag handle, kind, "current item" button) and
 * its content. "Punkt N" is drawn by CSS from document order. The kind is
 * read from and written to the node, so remote changes show at once.
 */
export function AgendaItemView({ node, editor, getPos, updateAttributes }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const { editable, canLead, currentItemId, ydoc } = useMeetingEditorContext();
  const id = typeof node.attrs.id === "string" ? node.attrs.id : null;
  const kind = oneOf(AGENDA_ITEM_KINDS, node.attrs.kind, null);
  const isCurrent = id !== null && id === currentItemId;
  const moveKeys = `${shortcutKeys(MOVE_ITEM_UP_SHORTCUT).label} / ${shortcutKeys(MOVE_ITEM_DOWN_SHORTCUT).label}`;
  const markKeys = shortcutKeys(MARK_CURRENT_SHORTCUT);

  return (
    <NodeViewWrapper as="section" className="agenda-item" data-item-id={id ?? undefined} data-current={isCurrent ? "true" : undefined}>
      {editable && (
        <span className="agenda-item__handle" contentEditable={false} data-drag-handle="" draggable="true" title={t("blocks.dragHandle", { keys: moveKeys })} aria-hidden="true">
          ⠿
        </span>
      )}
      <div className="agenda-item__bar" contentEditable={false} {...{ [CONTROLS_ATTRIBUTE]: "" }} onKeyDown={escapeToText(editor, getPos)}>
        {editable ? (
          <select
            className="agenda-item__kind"
            aria-label={t("blocks.kindLabel")}
            value={kind ?? ""}
            onChange={(event) => updateAttributes({ kind: event.target.value || null })}
          >
            <option value="">{t("blocks.kindNone")}</option>
            {AGENDA_ITEM_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`blocks.kinds.${k}`)}
              </option>
            ))}
          </select>
        ) : (
          kind && <span className="agenda-item__kind-label">{t(`blocks.kinds.${kind}`)}</span>
        )}
        {editable && canLead && id ? (
          <button
            type="button"
            className="agenda-item__mark"
            aria-pressed={isCurrent}
            aria-keyshortcuts={markKeys.aria}
            title={`${t("live.mark")} (${markKeys.label})`}
            onClick={() => setCurrentItem(ydoc, isCurrent ? null : id)}
          >
            {isCurrent ? t("live.marked") : t("live.mark")}
          </button>
        ) : (
          isCurrent && <span className="agenda-item__current-label">{t("live.marked")}</span>
        )}
      </div>
      <NodeViewContent className="agenda-item__content" />
    </NodeViewWrapper>
  );
}
