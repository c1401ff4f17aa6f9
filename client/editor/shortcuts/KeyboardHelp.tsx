import { useCallback, useId, useRef, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { shortcutFor } from "../shortcutKeys.js";
import { FIXED_KEYS, SHORTCUT_GROUPS } from "./shortcutGroups.js";
import { useHelpKey } from "./useHelpKey.js";
import "./keyboardHelp.css";

const FOCUSABLE = "button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

// The page behind a modal dialog is inert already; Tab also wraps inside it rather than leaving for the browser's own bar.
function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== "Tab") return;
  const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey ? document.activeElement === first : document.activeElement === last) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

/**
 * "Tastaturgenveje": a button, and "?" outside a text field, open a modal
 * overview of every shortcut in the UI language, with the keys of this
 * platform. Escape or "Luk" close it, and focus goes back where it was.
 */
export function KeyboardHelp() {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  const open = useCallback(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    closeButton.current?.focus();
  }, []);
  useHelpKey(open);

  return (
    <>
      <button type="button" className="button button--quiet keyboard-help__open" title={t("keyboard.openHint")} aria-keyshortcuts="?" data-testid="keyboard-help-open" onClick={open}>
        {t("keyboard.open")}
      </button>
      <dialog
        ref={dialog}
        className="keyboard-help"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-intro`}
        data-testid="keyboard-help"
        onKeyDown={keepFocusInside}
        onClose={() => opener.current?.focus()}
      >
        <div className="keyboard-help__head">
          <h2 id={`${id}-title`}>{t("keyboard.title")}</h2>
          <button ref={closeButton} type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
            {t("keyboard.close")}
          </button>
        </div>
        <p id={`${id}-intro`} className="muted">
          {t("keyboard.intro")}
        </p>
        {SHORTCUT_GROUPS.map((group) => (
          <ShortcutTable key={group.key} caption={t(`keyboard.groups.${group.key}`)} rows={group.ids.map((shortcut) => ({ id: shortcut, action: t(`keyboard.shortcuts.${shortcut}`), keys: shortcutFor(shortcut) }))} />
        ))}
        <ShortcutTable caption={t("keyboard.groups.moving")} rows={FIXED_KEYS.map((fixed) => ({ id: fixed.key, action: t(`keyboard.fixed.${fixed.key}`), keys: { aria: fixed.keys, label: fixed.keys } }))} />
      </dialog>
    </>
  );
}

interface Row {
  id: string;
  action: string;
  keys: { aria: string; label: string };
}

function ShortcutTable({ caption, rows }: { caption: string; rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <table className="keyboard-help__table">
      <caption>{caption}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{t("keyboard.action")}</th>
          <th scope="col">{t("keyboard.keys")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-testid="keyboard-help-row" data-shortcut={row.id}>
            <td>{row.action}</td>
            <td>
              <kbd data-keys={row.keys.aria}>{row.keys.label}</kbd>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
