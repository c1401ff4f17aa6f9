import type { Editor } from "@tiptap/core";
import { useTranslation } from "react-i18next";
import type { OutlineItem } from "./agendaItems.js";
import { goToItem } from "./goToItem.js";

/**
 * Indholdsfortegnelse: the agenda items, numbered, live from the document.
 * Choosing one moves there (and puts the cursor in its title for editors).
 */
export function TableOfContents({ editor, outline, currentItemId }: { editor: Editor; outline: OutlineItem[]; currentItemId: string | null }) {
  const { t } = useTranslation();
  return (
    <nav className="side-section toc" aria-labelledby="toc-title" data-testid="toc">
      <h2 id="toc-title" className="side-section__title">
        {t("toc.title")}
      </h2>
      {outline.length === 0 ? (
        <p className="empty-state">{t("toc.empty")}</p>
      ) : (
        <ol className="toc__list">
          {outline.map((item) => {
            const current = item.id === currentItemId;
            return (
              <li key={item.id || item.number}>
                <button type="button" className="toc__link" data-testid="toc-item" data-current={current || undefined} onClick={() => goToItem(editor, item.id)}>
                  <span className="toc__number">{item.number}.</span>
                  <span className={item.title ? "toc__title" : "toc__title muted"}>{item.title || t("toc.untitled")}</span>
                  {current && <span className="toc__current">{t("toc.current")}</span>}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </nav>
  );
}
