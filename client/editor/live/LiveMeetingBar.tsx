import type { Editor } from "@tiptap/core";
import { useTranslation } from "react-i18next";
import type { OutlineItem } from "../outline/agendaItems.js";
import { goToItem } from "../outline/goToItem.js";

interface LiveMeetingBarProps {
  editor: Editor;
  current: OutlineItem | null;
  follow: boolean;
  onFollowChange: (follow: boolean) => void;
}

/**
 * Live meeting mode for everyone: which item is being discussed now
 * ("Aktuelt punkt: Punkt 3 – title"), a way to jump there, and the
 * "Følg mødet" toggle that scrolls along when the chair moves on.
 */
export function LiveMeetingBar({ editor, current, follow, onFollowChange }: LiveMeetingBarProps) {
  const { t } = useTranslation();
  const label = current ? t("live.itemLabel", { number: current.number, title: current.title || t("toc.untitled") }) : null;
  return (
    <div className="live-bar" data-testid="live-bar">
      <p className={current ? "live-bar__current" : "live-bar__current muted"} role="status" data-testid="current-item-banner">
        {label ? t("live.current", { label }) : t("live.none")}
      </p>
      {current && (
        <button type="button" className="link-button" onClick={() => goToItem(editor, current.id)}>
          {t("live.show")}
        </button>
      )}
      <button
        type="button"
        className="live-bar__follow"
        aria-pressed={follow}
        title={t("live.followHint")}
        onClick={() => onFollowChange(!follow)}
        data-testid="follow-meeting"
      >
        {t("live.follow")}
      </button>
    </div>
  );
}
