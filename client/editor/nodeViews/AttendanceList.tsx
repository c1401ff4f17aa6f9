import type { Editor } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { useLayoutEffect, useRef, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { CONTROLS_ATTRIBUTE } from "../commands/blockControls.js";
import { useMeetingEditorContext } from "../MeetingEditorContext.js";
import { attendanceGroups, type AttendeeEntry } from "./attendanceGroups.js";
import { backToText } from "./backToText.js";

/** Props the participants list's node view passes in. */
export interface AttendanceListProps {
  node: PMNode;
  editor: Editor;
  getPos: () => number | undefined;
}

// Arrow keys move between the toggles, Escape goes back to the document.
function onKeys(editor: Editor, getPos: () => number | undefined) {
  return (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      backToText(editor, getPos());
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const toggles = [...event.currentTarget.querySelectorAll<HTMLButtonElement>("button")];
    const index = toggles.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    event.preventDefault();
    toggles[(index + (event.key === "ArrowDown" ? 1 : -1) + toggles.length) % toggles.length].focus();
  };
}

/**
 * The participants list grouped as the minutes print it: Deltagere (co-chairs
 * marked), Afbud, Sekretariat. Each person is a toggle between present and
 * absent for editors; the node's attributes are the only state.
 */
export function AttendanceList({ node, editor, getPos }: AttendanceListProps) {
  const { t } = useTranslation();
  const { editable } = useMeetingEditorContext();
  const groups = attendanceGroups(node);
  const root = useRef<HTMLDivElement>(null);
  // A toggled person moves to another group; focus follows them there.
  const refocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!refocus.current) return;
    root.current?.querySelector<HTMLButtonElement>(`[data-attendee-id="${CSS.escape(refocus.current)}"] button`)?.focus();
    refocus.current = null;
  });

  const toggle = (entry: AttendeeEntry) => {
    const pos = getPos();
    if (typeof pos !== "number") return;
    refocus.current = entry.id;
    editor.view.dispatch(editor.state.tr.setNodeAttribute(pos + 1 + entry.offset, "present", !entry.present));
  };

  const row = (entry: AttendeeEntry) => {
    const notes = [entry.role === "medformand" && t("attendance.cochair"), entry.role === "gæst" && t("attendance.guest"), entry.role === "sekretariat" && !entry.present && t("attendance.absentNote")].filter(Boolean);
    return (
      <li key={entry.id} className="attendee-row" data-attendee-id={entry.id} data-present={String(entry.present)}>
        <span className="attendee-row__name">
          {entry.name}
          {entry.organisation && <span className="attendee-row__org">, {entry.organisation}</span>}
          {notes.length > 0 && <span className="attendee-row__note"> ({notes.join(", ")})</span>}
        </span>
        {editable && (
          <button type="button" className="attendee-row__toggle" aria-pressed={!entry.present} aria-label={t("attendance.toggleLabel", { name: entry.name })} onClick={() => toggle(entry)}>
            {t("attendance.toggle")}
          </button>
        )}
      </li>
    );
  };

  const group = (key: "present" | "absent" | "secretariat", entries: AttendeeEntry[]) => (
    <div className="attendance-group" data-group={key}>
      <h3 className="attendance-group__title">
        {t(`attendance.${key}`)} <span className="count">({entries.length})</span>
      </h3>
      {entries.length > 0 ? <ul className="attendance-group__list">{entries.map(row)}</ul> : <p className="muted attendance-group__none">{t("attendance.none")}</p>}
    </div>
  );

  return (
    <div ref={root} className="attendance-view" role="group" aria-label={t("attendance.label")} onKeyDown={onKeys(editor, getPos)} {...{ [CONTROLS_ATTRIBUTE]: "" }}>
      {group("present", groups.present)}
      {group("absent", groups.absent)}
      {group("secretariat", groups.secretariat)}
      {editable && <p className="attendance-view__hint muted">{t("attendance.hint")}</p>}
    </div>
  );
}
