import { useTranslation } from "react-i18next";

/** What a narrow screen shows of the meeting: the document, or one of the side panels. */
export const WORKSPACE_VIEWS = ["document", "status", "toc", "decisions", "escalations", "presence"] as const;
export type WorkspaceView = (typeof WORKSPACE_VIEWS)[number];

/** The id of the element a view shows, for `aria-controls`. */
export const viewElementId = (view: WorkspaceView) => `workspace-${view}`;

/**
 * The bar that switches between the document and the side panels on a
 * phone or tablet, where they cannot stand side by side: every panel is one
 * tap away instead of below the whole document. Hidden on wide screens,
 * where the panels stand in a column beside the document.
 */
export function WorkspaceViews({ view, onView }: { view: WorkspaceView; onView(view: WorkspaceView): void }) {
  const { t } = useTranslation();
  return (
    <nav className="workspace-views" aria-label={t("workspace.views")} data-testid="workspace-views">
      {WORKSPACE_VIEWS.map((option) => (
        <button
          key={option}
          type="button"
          className="workspace-views__button"
          aria-pressed={option === view}
          aria-controls={viewElementId(option)}
          onClick={() => onView(option)}
        >
          {t(`workspace.${option}`)}
        </button>
      ))}
    </nav>
  );
}
