import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ForumRules } from "../../../shared/rules/kommissorium.js";
import { kindLabel } from "../Forum/forumLabels.js";
import { adminErrorMessage } from "./adminErrors.js";
import { FORUM_KINDS, type ForumInput, type ForumKind } from "./adminApi.js";
import { DurationField } from "./DurationField.js";
import { ParentsField } from "./ParentsField.js";
import type { ParentOption } from "./parentOptions.js";
import { StandingItemsField } from "./StandingItemsField.js";

interface ForumFormProps {
  title: string;
  initial: ForumInput;
  /** What the forum may report to: its cluster's forums and the region-wide bodies (for a body: the region's forums). */
  parents: ParentOption[];
  editedId?: string;
  onSubmit(values: ForumInput): Promise<void>;
  onCancel(): void;
}

const PERIODS = ["agendaLead", "minutesDue", "commentPeriod"] as const;

/**
 * A forum and its kommissorium: name, kind, the forums it reports to, the
 * evaluation date, whether deadlines are firm, the deadline rules and the
 * standing items. The server checks loops, the ladder and bad numbers; its
 * refusal is shown in the user's language.
 */
export function ForumForm({ title, initial, parents, editedId, onSubmit, onCancel }: ForumFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = (change: Partial<ForumInput>) => setValues({ ...values, ...change });
  const setRules = (change: Partial<ForumRules>) => set({ rules: { ...values.rules, ...change } });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (failure) {
      setError(adminErrorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="forum-form card" onSubmit={submit} aria-labelledby={`${id}-title`} data-testid="forum-form">
      <h3 id={`${id}-title`}>{title}</h3>
      <div className="forum-form__grid">
        <label className="field">
          <span>{t("admin.forumForm.name")}</span>
          <input required maxLength={200} value={values.name} onChange={(e) => set({ name: e.target.value })} />
        </label>
        <label className="field">
          <span>{t("admin.forumForm.kind")}</span>
          <select value={values.kind} onChange={(e) => set({ kind: e.target.value as ForumKind })}>
            {FORUM_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind, t)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("admin.forumForm.evaluationDue")}</span>
          <input type="date" value={values.evaluationDue ?? ""} onChange={(e) => set({ evaluationDue: e.target.value || null })} />
        </label>
        <fieldset className="forum-form__deadlines">
          <legend>{t("admin.forumForm.deadlines")}</legend>
          <label className="check">
            <input type="radio" name={`${id}-deadlines`} checked={values.deadlinesFirm} onChange={() => set({ deadlinesFirm: true })} />
            {t("admin.forumForm.deadlinesFirm")}
          </label>
          <label className="check">
            <input type="radio" name={`${id}-deadlines`} checked={!values.deadlinesFirm} onChange={() => set({ deadlinesFirm: false })} />
            {t("admin.forumForm.deadlinesSoft")}
          </label>
        </fieldset>
      </div>
      <ParentsField options={parents} editedId={editedId} value={values.reportsTo} onChange={(reportsTo) => set({ reportsTo })} />
      <fieldset className="forum-form__rules">
        <legend>{t("admin.forumForm.rules")}</legend>
        <label className="field field--inline">
          <span>{t("admin.forumForm.meetingsPerYear")}</span>
          <input type="number" required step={1} value={Number.isNaN(values.rules.meetingsPerYear) ? "" : values.rules.meetingsPerYear} onChange={(e) => setRules({ meetingsPerYear: e.target.valueAsNumber })} />
        </label>
        <div className="forum-form__periods">
          {PERIODS.map((period) => (
            <DurationField key={period} label={t(`admin.forumForm.periods.${period}`)} value={values.rules[period]} onChange={(value) => setRules({ [period]: value })} />
          ))}
        </div>
        <label className="field">
          <span>{t("admin.forumForm.approval")}</span>
          <select value={values.rules.approval} onChange={(e) => setRules({ approval: e.target.value as ForumRules["approval"] })}>
            <option value="comment_period">{t("admin.forumForm.approvals.comment_period")}</option>
            <option value="chair">{t("admin.forumForm.approvals.chair")}</option>
          </select>
        </label>
      </fieldset>
      <StandingItemsField value={values.standingItems} onChange={(standingItems) => set({ standingItems })} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t("admin.saving") : t("admin.forumForm.save")}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
          {t("admin.cancel")}
        </button>
      </div>
    </form>
  );
}
