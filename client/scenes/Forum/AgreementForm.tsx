import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatMonth } from "../../format/date.js";
import { currentLanguage } from "../../i18n/index.js";
import { ActionForm } from "./ActionForm.js";
import type { AgreementInput } from "./agreementsApi.js";

interface AgreementFormProps {
  title: string;
  submitLabel: string;
  initial?: AgreementInput;
  onSubmit(input: AgreementInput): Promise<void>;
  onCancel(): void;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Name, review month and the "skal revideres" flag of a collaboration agreement. */
export function AgreementForm({ title, submitLabel, initial, onSubmit, onCancel }: AgreementFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial?.name ?? "");
  const [reviewMonth, setReviewMonth] = useState(initial?.reviewMonth ?? 1);
  const [needsRevision, setNeedsRevision] = useState(initial?.needsRevision ?? false);

  return (
    <ActionForm title={title} submitLabel={submitLabel} onCancel={onCancel} onSubmit={() => onSubmit({ name, reviewMonth, needsRevision })}>
      <label className="field">
        <span>{t("forum.wheel.name")}</span>
        <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span>{t("forum.wheel.month")}</span>
        <select value={reviewMonth} onChange={(e) => setReviewMonth(Number(e.target.value))}>
          {MONTHS.map((month) => (
            <option key={month} value={month}>
              {formatMonth(month, currentLanguage())}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={needsRevision} onChange={(e) => setNeedsRevision(e.target.checked)} />
        {t("forum.wheel.needsRevision")}
      </label>
    </ActionForm>
  );
}
