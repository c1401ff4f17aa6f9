import { Extension, type Editor } from "@tiptap/core";
import { Plugin, PluginKey, TextSelection, type EditorState } from "@tiptap/pm/state";
import i18n from "../../i18n/index.js";
import { matchingItems, type SlashItem } from "./slashItems.js";

/** Where the slash menu is open: the "/query" text and the highlighted entry. */
export interface SlashState {
  active: boolean;
  query: string;
  /** The range of "/query", replaced by the chosen block. */
  from: number;
  to: number;
  index: number;
  /** Start of a "/" line the user closed the menu on with Escape; it stays closed there. */
  dismissed: number | null;
}

type SlashMeta = { index: number } | { dismiss: true };

/** Reads the slash menu's state from an editor state. */
export const slashKey = new PluginKey<SlashState>("slashMenu");

const CLOSED: SlashState = { active: false, query: "", from: 0, to: 0, index: 0, dismissed: null };

/** The id of the menu element, for aria-controls. */
export const SLASH_MENU_ID = "slash-menu";
/** The id of an entry's element, for aria-activedescendant. */
export const slashOptionId = (item: SlashItem) => `slash-option-${item.key}`;

// Open only when a paragraph holds nothing but "/" and a word, with the cursor at its end.
function typedCommand(state: EditorState): { query: string; from: number; to: number } | null {
  const { selection } = state;
  if (!(selection instanceof TextSelection) || !selection.empty) return null;
  const { $from } = selection;
  if ($from.parent.type.name !== "paragraph" || $from.parentOffset !== $from.parent.content.size) return null;
  const match = /^\/([\p{L}\p{N}]*)$/u.exec($from.parent.textContent);
  return match ? { query: match[1], from: $from.start(), to: $from.end() } : null;
}

/** The entries the menu shows for a state, labelled in the current UI language. */
export function visibleItems(state: EditorState, slash: SlashState): SlashItem[] {
  return slash.active ? matchingItems(state, slash.query, (key) => i18n.t(`slash.items.${key}`)) : [];
}

/** Options of {@link SlashCommand}. */
export interface SlashCommandOptions {
  /** The meeting's forum, named in a new Indstilling. */
  forumName: string;
}

/**
 * The slash menu's logic: typing "/" on an empty line opens it, further
 * letters filter it, arrow keys move, Enter inserts, Escape closes. The
 * editor keeps focus throughout; the menu is drawn by SlashMenu.
 */
export const SlashCommand = Extension.create<SlashCommandOptions>({
  name: "slashCommand",
  // Its keys (Enter, arrows, Escape) come before every other binding while the menu is open.
  priority: 1100,

  addOptions() {
    return { forumName: "" };
  },

  addProseMirrorPlugins() {
    const editor: Editor = this.editor;
    const forumName = () => this.options.forumName;
    return [
      new Plugin<SlashState>({
        key: slashKey,
        state: {
          init: () => CLOSED,
          apply(tr, previous, _old, state) {
            const typed = typedCommand(state);
            if (!typed) return CLOSED;
            const meta = tr.getMeta(slashKey) as SlashMeta | undefined;
            const mappedDismissed = previous.dismissed === null ? null : tr.mapping.map(previous.dismissed);
            const dismissed = meta && "dismiss" in meta ? typed.from : mappedDismissed;
            const index = meta && "index" in meta ? meta.index : typed.query === previous.query ? previous.index : 0;
            return { ...typed, index, dismissed, active: dismissed !== typed.from };
          },
        },
        props: {
          handleKeyDown(view, event) {
            const slash = slashKey.getState(view.state);
            if (!slash?.active) return false;
            const items = visibleItems(view.state, slash);
            const move = (index: number) => view.dispatch(view.state.tr.setMeta(slashKey, { index } satisfies SlashMeta));
            switch (event.key) {
              case "ArrowDown":
                if (items.length > 0) move((slash.index + 1) % items.length);
                return true;
              case "ArrowUp":
                if (items.length > 0) move((slash.index - 1 + items.length) % items.length);
                return true;
              case "Escape":
                view.dispatch(view.state.tr.setMeta(slashKey, { dismiss: true } satisfies SlashMeta));
                return true;
              case "Enter": {
                const item = items[Math.min(slash.index, items.length - 1)];
                if (!item) return false;
                item.run(editor, { from: slash.from, to: slash.to }, forumName());
                return true;
              }
              default:
                return false;
            }
          },
          attributes(state): Record<string, string> {
            const slash = slashKey.getState(state);
            const items = slash ? visibleItems(state, slash) : [];
            if (!slash?.active || items.length === 0) return {};
            return { "aria-controls": SLASH_MENU_ID, "aria-autocomplete": "list", "aria-activedescendant": slashOptionId(items[Math.min(slash.index, items.length - 1)]) };
          },
        },
      }),
    ];
  },
});
