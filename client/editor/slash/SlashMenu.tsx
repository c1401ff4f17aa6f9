import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import type { RefObject } from "react";
import { useTranslation } from "react-i18next";
import { shortcutKeys } from "../shortcutKeys.js";
import { SLASH_MENU_ID, slashKey, slashOptionId, visibleItems, type SlashState } from "./slashCommand.js";
import type { SlashItem } from "./slashItems.js";

// Room the full menu needs, in pixels (nine entries).
const MENU_HEIGHT = 360;

interface MenuView {
  slash: SlashState;
  items: SlashItem[];
}

const sameMenu = (a: MenuView | null, b: MenuView | null) =>
  a === b || (!!a && !!b && a.slash.from === b.slash.from && a.slash.index === b.slash.index && a.items.map((i) => i.key).join() === b.items.map((i) => i.key).join());

/**
 * The slash menu under the "/" the user typed: a listbox the editor drives
 * (focus stays in the text; aria-activedescendant names the highlighted
 * entry). Clicking an entry works too.
 */
export function SlashMenu({ editor, forumName, pageRef }: { editor: Editor; forumName: string; pageRef: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const menu = useEditorState({
    editor,
    selector: ({ editor: current }): MenuView | null => {
      const slash = slashKey.getState(current.state);
      return slash?.active ? { slash, items: visibleItems(current.state, slash) } : null;
    },
    equalityFn: sameMenu,
  });
  const page = pageRef.current;
  if (!menu || !page) return null;

  const caret = editor.view.coordsAtPos(menu.slash.from);
  const origin = page.getBoundingClientRect();
  const active = Math.min(menu.slash.index, menu.items.length - 1);
  // Opens upwards when the caret is too near the bottom of the window for the whole menu.
  const fitsBelow = caret.bottom + MENU_HEIGHT < window.innerHeight;
  const place = fitsBelow ? { top: caret.bottom - origin.top + 6 } : { bottom: origin.bottom - caret.top + 6 };
  return (
    <div className="slash-menu" style={{ ...place, left: caret.left - origin.left }}>
      {menu.items.length === 0 ? (
        <p className="slash-menu__empty" role="status">
          {t("slash.empty")}
        </p>
      ) : (
        <ul id={SLASH_MENU_ID} role="listbox" aria-label={t("slash.label")} data-testid="slash-menu">
          {menu.items.map((item, index) => (
            <li
              key={item.key}
              id={slashOptionId(item)}
              role="option"
              aria-selected={index === active}
              className="slash-menu__option"
              // Keeps focus (and the "/query" selection) in the editor.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => item.run(editor, { from: menu.slash.from, to: menu.slash.to }, forumName)}
            >
              <span>{t(`slash.items.${item.key}`)}</span>
              {item.shortcut && <kbd className="slash-menu__kbd">{shortcutKeys(item.shortcut).label}</kbd>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
