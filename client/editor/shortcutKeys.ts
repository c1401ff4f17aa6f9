const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/** A Tiptap key binding as aria-keyshortcuts wants it and as people read it. */
export interface ShortcutKeys {
  /** "Control+Alt+P" */
  aria: string;
  /** "Ctrl+Alt+P", or "⌘⌥P" on a Mac */
  label: string;
}

const ARROWS: Record<string, string> = { ArrowUp: "↑", ArrowDown: "↓", ArrowLeft: "←", ArrowRight: "→" };

/** Translates a binding such as "Mod-Alt-p" for display and for aria-keyshortcuts. */
export function shortcutKeys(binding: string): ShortcutKeys {
  const keys = binding.split("-").map((key) => (key === "Mod" ? (isMac ? "Meta" : "Control") : key.length === 1 ? key.toUpperCase() : key));
  const label = keys.map((key) => ({ Meta: "⌘", Control: "Ctrl", Alt: isMac ? "⌥" : "Alt", ...ARROWS })[key] ?? key);
  return { aria: keys.join("+"), label: label.join(isMac ? "" : "+") };
}
