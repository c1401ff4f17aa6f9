import type { Editor } from "@tiptap/core";
import { useEffect, useState, type KeyboardEvent, type MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ShortcutId } from "../../shared/editor/shortcuts.js";
import { caretPlaced } from "./caret/caretSync.js";
import { KeyboardHelp } from "./shortcuts/KeyboardHelp.js";
import { shortcutFor } from "./shortcutKeys.js";
import "./toolbar.css";

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

// A pressed button would take focus (and the browser's selection) from the document; the caret stays where it is.
const keepCaret = (event: MouseEvent) => event.preventDefault();

/**
 * The editor's block buttons ("Nyt punkt", "Beslutning", "Aktionspunkt",
 * "Eskalering"), each with its keyboard shortcut, and the keyboard overview.
 * A block goes where the caret is; before the user has put it anywhere the
 * buttons insert nothing and say where to click.
 */
export function Toolbar({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const { t } = useTranslation();
  const [noCaret, setNoCaret] = useState(false);
  useEffect(() => {
    const placed = () => setNoCaret(false);
    editor.on("focus", placed);
    return () => {
      editor.off("focus", placed);
    };
  }, [editor]);

  const insert = (command: (editor: Editor) => boolean) => () => {
    if (!caretPlaced(editor)) {
      setNoCaret(true);
      return;
    }
    command(editor);
  };
  const buttons: { key: string; shortcut: ShortcutId; text: string; hint: string; run: () => void }[] = [
    { key: "newItem", shortcut: "insertAgendaItem", text: t("toolbar.newItem"), hint: t("toolbar.newItemHint"), run: insert((e) => e.chain().focus().insertAgendaItem().run()) },
    { key: "decision", shortcut: "insertDecision", text: t("toolbar.decision"), hint: t("toolbar.decisionHint"), run: insert((e) => e.chain().focus().insertDecision().run()) },
    { key: "actionItem", shortcut: "insertActionItem", text: t("toolbar.actionItem"), hint: t("toolbar.actionItemHint"), run: insert((e) => e.chain().focus().insertActionItem().run()) },
    { key: "escalation", shortcut: "insertEscalation", text: t("toolbar.escalation"), hint: t("toolbar.escalationHint"), run: insert((e) => e.chain().focus().insertEscalation().run()) },
  ];
  return (
    <div className="toolbar-area">
      <div className="toolbar" role="toolbar" aria-label={t("toolbar.label")} data-testid="editor-toolbar" onKeyDown={onArrowKeys}>
        {buttons.map((b) => {
          const keys = shortcutFor(b.shortcut);
          return (
            <button
              key={b.key}
              type="button"
              className="button"
              data-testid={`toolbar-${b.key}`}
              aria-keyshortcuts={keys.aria}
              title={`${b.hint} (${keys.label})`}
              disabled={disabled}
              onMouseDown={keepCaret}
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
        <KeyboardHelp />
      </div>
      <p className="toolbar-area__note" role="status" data-testid="toolbar-note">
        {noCaret ? t("keyboard.placeCaret") : ""}
      </p>
    </div>
  );
}
