import type { Editor } from "@tiptap/core";
import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { DECISION_SHORTCUT } from "../../shared/editor/decision.js";
import { INSERT_AGENDA_ITEM_SHORTCUT } from "./agendaItemCommands.js";

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

// "Mod-Alt-p" as aria-keyshortcuts wants it ("Control+Alt+P") and as people read it ("Ctrl+Alt+P").
function shortcut(binding: string): { aria: string; label: string } {
  const keys = binding.split("-").map((key) => (key === "Mod" ? (isMac ? "Meta" : "Control") : key.length === 1 ? key.toUpperCase() : key));
  const label = keys.map((key) => ({ Meta: "⌘", Control: "Ctrl", Alt: isMac ? "⌥" : "Alt" })[key] ?? key);
  return { aria: keys.join("+"), label: label.join(isMac ? "" : "+") };
}

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

/** The editor's block buttons: "Nyt punkt" and "Beslutning", each with its keyboard shortcut. */
export function Toolbar({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const { t } = useTranslation();
  const buttons = [
    { key: "newItem", text: t("toolbar.newItem"), hint: t("toolbar.newItemHint"), keys: shortcut(INSERT_AGENDA_ITEM_SHORTCUT), run: () => editor.chain().focus().insertAgendaItem().run() },
    { key: "decision", text: t("toolbar.decision"), hint: t("toolbar.decisionHint"), keys: shortcut(DECISION_SHORTCUT), run: () => editor.chain().focus().insertDecision().run() },
  ];
  return (
    <div className="toolbar" role="toolbar" aria-label={t("toolbar.label")} data-testid="editor-toolbar" onKeyDown={onArrowKeys}>
      {buttons.map((b) => (
        <button
          key={b.key}
          type="button"
          className="button"
          data-testid={`toolbar-${b.key}`}
          aria-label={b.text}
          aria-keyshortcuts={b.keys.aria}
          title={`${b.hint} (${b.keys.label})`}
          disabled={disabled}
          onClick={b.run}
        >
          <span aria-hidden="true" className="button__icon">
            +
          </span>
          {b.text}
          <kbd className="button__kbd" aria-hidden="true">
            {b.keys.label}
          </kbd>
        </button>
      ))}
    </div>
  );
}
