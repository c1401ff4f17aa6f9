import type { Editor } from "@tiptap/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DocJSON } from "../../../shared/blocks/types.js";
import { cprFindings, type PublicationBlocker } from "../../../shared/rules/cprGuard.js";

/** Warns editors while the document holds anything shaped like a CPR number, naming the items. */
export function CprWarning({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [findings, setFindings] = useState<PublicationBlocker[]>(() => cprFindings(editor.getJSON() as DocJSON));
  useEffect(() => {
    const update = () => setFindings(cprFindings(editor.getJSON() as DocJSON));
    editor.on("update", update);
    return () => {
      editor.off("update", update);
    };
  }, [editor]);
  if (findings.length === 0) return null;
  const places = [...new Set(findings.map((f) => (f.itemNumber ? t("cpr.item", { number: f.itemNumber, title: f.itemTitle }) : t("cpr.outside"))))];
  return (
    <p className="cpr-warning" role="alert" data-testid="cpr-warning">
      {t("cpr.warning", { places: places.join(", ") })}
    </p>
  );
}
