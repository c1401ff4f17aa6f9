import type { Editor } from "@tiptap/core";
import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { ACTION_ITEM_SHORTCUT } from "../../shared/editor/actionItem.js";
import { DECISION_SHORTCUT } from "../../shared/editor/decision.js";
import { ESCALATION_SHORTCUT } from "../../shared/editor/escalation.js";
import { INSERT_AGENDA_ITEM_SHORTCUT } from "./agendaItemCommands.js";
import { shortcutKeys } from "./shortcutKeys.js";

// Arrow keys move between the buttons, as in the WAI-ARIA toolbar pattern.
function onArrowKeys(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
  const buttons = [...event.currentTarget.querySelectorAll("button")];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (index < 0) return;
  const step = event.key === "ArrowRight" ? 1 : -1;
  buttons[(index + step + buttons.length) % buttons.length].focus();
  event.preventDefault();
}

/** The editor's block buttons ("Nyt punkt", "Beslutning", "Aktionspunkt", "Eskalering"), each with its keyboard shortcut. */
export function Toolbar({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const { t } = useTranslation();
  const buttons = [
    { key: "newItem", text: t("toolbar.newItem"), hint: t("toolbar.newItemHint"), binding: INSERT_AGENDA_ITEM_SHORTCUT, run: () => editor.chain().focus().insertAgendaItem().run() },
    { key: "decision", text: t("toolbar.decision"), hint: t("toolbar.decisionHint"), binding: DECISION_SHORTCUT, run: () => editor.chain().focus().insertDecision().run() },
    { key: "actionItem", text: t("toolbar.actionItem"), hint: t("toolbar.actionItemHint"), binding: ACTION_ITEM_SHORTCUT, run: () => editor.chain().focus().insertActionItem().run() },
    { key: "escalation", text: t("toolbar.escalation"), hint: t("toolbar.escalationHint"), binding: ESCALATION_SHORTCUT, run: () => editor.chain().focus().insertEscalation().run() },
  ];
  return (
    <div className="toolbar" role="toolbar" aria-label={t("toolbar.label")} data-testid="editor-toolbar" onKeyDown={onArrowKeys}>
      {buttons.map((b) => {
        const keys = shortcutKeys(b.binding);
        return (
          <button
            key={b.key}
            type="button"
            className="button"
            data-testid={`toolbar-${b.key}`}
            aria-keyshortcuts={keys.aria}
            title={`${b.hint} (${keys.label})`}
            disabled={disabled}
            onClick={b.run}
          >
            <span aria-hidden="true" className="button__icon">
              +
            </span>
            {b.text}
            <kbd className="button__kbd" aria-hidden="true">
              {keys.label}
            </kbd>
          </button>
        );
      })}
    </div>
  );
}
