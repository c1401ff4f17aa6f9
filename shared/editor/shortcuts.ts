/** A key binding in Tiptap's notation ("Mod" is Ctrl, or ⌘ on a Mac), with the Mac's own where it differs. */
export interface ShortcutBinding {
  keys: string;
  mac?: string;
}

/**
 * Every keyboard shortcut of the meeting editor: the ones it binds itself and
 * the standard editing ones Tiptap binds, which the "?" overlay lists too.
 *
 * No Ctrl+Alt: on Windows Ctrl+Alt is AltGr, and on Danish keyboards
 * AltGr+E types €, AltGr+2 @, AltGr+M µ. Ctrl+Shift (⌘⇧ on a Mac) types no
 * character on any layout. The letters avoid Tiptap's own Mod-Shift keys
 * (S, B, Z, 7-9), what browsers keep for themselves (N, T, W, Q, P, Tab),
 * their developer tools (I, J, C, K, E, M), Linux input methods (U, E) and
 * macOS screenshots (3-6). Items move like paragraphs in Word (Alt+Shift+arrow)
 * and, on a Mac, in Google Docs (Ctrl+Shift+arrow), where Option+Shift+arrow
 * already selects by paragraph.
 */
export const SHORTCUTS = {
  insertAgendaItem: { keys: "Mod-Shift-Enter" },
  insertDecision: { keys: "Mod-Shift-d" },
  insertActionItem: { keys: "Mod-Shift-a" },
  // "l" for løft: an escalation lifts a case to another forum.
  insertEscalation: { keys: "Mod-Shift-l" },
  // "h" for her: the meeting is here now.
  markCurrentItem: { keys: "Mod-Shift-h" },
  moveItemUp: { keys: "Alt-Shift-ArrowUp", mac: "Ctrl-Shift-ArrowUp" },
  moveItemDown: { keys: "Alt-Shift-ArrowDown", mac: "Ctrl-Shift-ArrowDown" },
  // The usual key for "go to the toolbar": inside a table it reaches the table's row and column tools.
  tableTools: { keys: "Alt-F10" },
  // Bound by Tiptap (Collaboration's undo, StarterKit's marks and lists).
  undo: { keys: "Mod-z" },
  redo: { keys: "Mod-Shift-z" },
  bold: { keys: "Mod-b" },
  italic: { keys: "Mod-i" },
  underline: { keys: "Mod-u" },
  bulletList: { keys: "Mod-Shift-8" },
  orderedList: { keys: "Mod-Shift-7" },
  lineBreak: { keys: "Shift-Enter" },
} as const satisfies Record<string, ShortcutBinding>;

/** The name of a shortcut in {@link SHORTCUTS}. */
export type ShortcutId = keyof typeof SHORTCUTS;

/** The binding of a shortcut on this platform. */
export function shortcutBinding(id: ShortcutId, mac: boolean): string {
  const binding: ShortcutBinding = SHORTCUTS[id];
  return mac && binding.mac ? binding.mac : binding.keys;
}
