import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatMonth } from "../../format/date.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { currentLanguage } from "../../i18n/index.js";
import { AgreementForm } from "./AgreementForm.js";
import { deleteAgreement, updateAgreement, type Agreement } from "./agreementsApi.js";

interface AgreementRowProps {
  agreement: Agreement;
  canEdit: boolean;
  onChanged(): void;
}

/** One agreement of the årshjul; editors flag it for revision, edit or remove it. */
export function AgreementRow({ agreement, canEdit, onChanged }: AgreementRowProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
      onChanged();
    } catch (failure) {
      setError(errorMessage(failure, t));
    }
  };
  const remove = () => {
    if (window.confirm(t("forum.wheel.confirmRemove", { name: agreement.name }))) void run(() => deleteAgreement(agreement.id));
  };

  if (editing) {
    return (
      <li className="agreement">
        <AgreementForm
          title={t("forum.wheel.editTitle", { name: agreement.name })}
          submitLabel={t("forum.wheel.save")}
          initial={agreement}
          onCancel={() => setEditing(false)}
          onSubmit={async (input) => {
            await updateAgreement(agreement.id, input);
            setEditing(false);
            onChanged();
          }}
        />
      </li>
    );
  }
  return (
    <li className={agreement.needsRevision ? "agreement agreement--flagged" : "agreement"} data-testid="agreement">
      <span className="agreement__month">{formatMonth(agreement.reviewMonth, currentLanguage())}</span>
      <span className="agreement__name">{agreement.name}</span>
      {agreement.needsRevision && <span className="badge badge--warning">{t("forum.wheel.flagged")}</span>}
      {canEdit && (
        <span className="agreement__actions">
          <button
            type="button"
            className="link-button"
            aria-label={t(agreement.needsRevision ? "forum.wheel.unflagLabel" : "forum.wheel.flagLabel", { name: agreement.name })}
            onClick={() => run(() => updateAgreement(agreement.id, { needsRevision: !agreement.needsRevision }))}
          >
            {agreement.needsRevision ? t("forum.wheel.unflag") : t("forum.wheel.flag")}
          </button>
          <button type="button" className="link-button" onClick={() => setEditing(true)} aria-label={t("forum.wheel.editLabel", { name: agreement.name })}>
            {t("forum.wheel.edit")}
          </button>
          <button type="button" className="link-button" onClick={remove} aria-label={t("forum.wheel.removeLabel", { name: agreement.name })}>
            {t("forum.wheel.remove")}
          </button>
        </span>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
