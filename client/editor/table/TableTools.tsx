import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { shortcutKeys } from "../shortcutKeys.js";
import { TABLE_TOOLS_ATTRIBUTE, TABLE_TOOLS_SHORTCUT, canInsertTable } from "./sectionTable.js";

type TableAction = "rowAbove" | "rowBelow" | "deleteRow" | "columnBefore" | "columnAfter" | "deleteColumn" | "deleteTable";

const ACTIONS: { key: TableAction; run: (editor: Editor) => boolean; possible: (editor: Editor) => boolean }[] = [
  { key: "rowAbove", run: (e) => e.chain().focus().addRowBefore().run(), possible: (e) => e.can().addRowBefore() },
  { key: "rowBelow", run: (e) => e.chain().focus().addRowAfter().run(), possible: (e) => e.can().addRowAfter() },
  { key: "deleteRow", run: (e) => e.chain().focus().deleteRow().run(), possible: (e) => e.can().deleteRow() },
  { key: "columnBefore", run: (e) => e.chain().focus().addColumnBefore().run(), possible: (e) => e.can().addColumnBefore() },
  { key: "columnAfter", run: (e) => e.chain().focus().addColumnAfter().run(), possible: (e) => e.can().addColumnAfter() },
  { key: "deleteColumn", run: (e) => e.chain().focus().deleteColumn().run(), possible: (e) => e.can().deleteColumn() },
  { key: "deleteTable", run: (e) => e.chain().focus().deleteTable().run(), possible: (e) => e.can().deleteTable() },
];

// Arrow keys move between the buttons (the WAI-ARIA toolbar pattern); Escape goes back to the text where it was.
function onKeys(editor: Editor) {
  return (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      editor.commands.focus();
      return;
    }
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>("button:not([disabled])")];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    buttons[(index + (event.key === "ArrowRight" ? 1 : -1) + buttons.length) % buttons.length].focus();
    event.preventDefault();
  };
}

/**
 * The table controls beside the toolbar: "Tabel" inserts one where tables
 * may stand (Sagsfremstilling, Beslutning); with the cursor in a table,
 * buttons add and remove rows and columns. Alt+F10 in a table reaches them,
 * Escape returns to the cell.
 */
export function TableTools({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      inTable: current.isActive("table"),
      canInsert: canInsertTable(current.state),
      possible: ACTIONS.map((action) => action.possible(current)),
    }),
  });
  const keys = shortcutKeys(TABLE_TOOLS_SHORTCUT);
  return (
    <div className="toolbar table-tools" role="toolbar" aria-label={t("tableTools.label")} data-testid="table-tools" {...{ [TABLE_TOOLS_ATTRIBUTE]: "" }} onKeyDown={onKeys(editor)}>
      {state.inTable ? (
        ACTIONS.map((action, i) => (
          <button
            key={action.key}
            type="button"
            className="button button--quiet"
            data-testid={`table-${action.key}`}
            title={t("tableTools.keys", { tools: keys.label })}
            disabled={disabled || !state.possible[i]}
            onClick={() => action.run(editor)}
          >
            {t(`tableTools.${action.key}`)}
          </button>
        ))
      ) : (
        <button
          type="button"
          className="button"
          data-testid="toolbar-table"
          title={t(state.canInsert ? "tableTools.insertHint" : "tableTools.insertUnavailable")}
          disabled={disabled || !state.canInsert}
          onClick={() => editor.chain().focus().insertSectionTable().run()}
        >
          <span aria-hidden="true" className="button__icon">
            +
          </span>
          {t("tableTools.insert")}
        </button>
      )}
    </div>
  );
}
