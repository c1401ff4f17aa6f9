import { shortcutBinding, type ShortcutId } from "../../shared/editor/shortcuts.js";

/** True on a Mac (and iPad): "Mod" is ⌘ there, and some shortcuts differ. */
export const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/** A Tiptap key binding as aria-keyshortcuts wants it and as people read it. */
export interface ShortcutKeys {
  /** "Control+Shift+D" */
  aria: string;
  /** "Ctrl+Shift+D", or "⌘⇧D" on a Mac */
  label: string;
}

// Tiptap's modifier names as aria-keyshortcuts spells them.
const ARIA: Record<string, string> = { Mod: isMac ? "Meta" : "Control", Ctrl: "Control", Cmd: "Meta" };
const SYMBOLS: Record<string, string> = { ArrowUp: "↑", ArrowDown: "↓", ArrowLeft: "←", ArrowRight: "→" };
const LABELS: Record<string, string> = isMac
  ? { ...SYMBOLS, Meta: "⌘", Control: "⌃", Alt: "⌥", Shift: "⇧", Enter: "↩" }
  : { ...SYMBOLS, Control: "Ctrl" };

/** Translates a binding such as "Mod-Shift-d" for display and for aria-keyshortcuts. */
export function shortcutKeys(binding: string): ShortcutKeys {
  const keys = binding.split("-").map((key) => ARIA[key] ?? (key.length === 1 ? key.toUpperCase() : key));
  const label = keys.map((key) => LABELS[key] ?? key);
  return { aria: keys.join("+"), label: label.join(isMac ? "" : "+") };
}

/** A shortcut of the table in shared/editor/shortcuts.ts, for this platform. */
export function shortcutFor(id: ShortcutId): ShortcutKeys {
  return shortcutKeys(shortcutBinding(id, isMac));
}
