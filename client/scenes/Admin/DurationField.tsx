import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Duration } from "../../../shared/rules/kommissorium.js";

interface DurationFieldProps {
  label: string;
  value: Duration;
  onChange(value: Duration): void;
}

/**
 * A period of a forum's rules: a number and its unit (Dage / Hverdage).
 * No minimum in the browser: the server's Danish message explains a
 * negative number better than the browser's own.
 */
export function DurationField({ label, value, onChange }: DurationFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="duration-field">
      <legend>{label}</legend>
      <label htmlFor={`${id}-value`} className="visually-hidden">
        {t("admin.forumForm.amount", { label })}
      </label>
      <input id={`${id}-value`} type="number" required step={1} value={Number.isNaN(value.value) ? "" : value.value} onChange={(e) => onChange({ ...value, value: e.target.valueAsNumber })} />
      <label htmlFor={`${id}-unit`} className="visually-hidden">
        {t("admin.forumForm.unit", { label })}
      </label>
      <select id={`${id}-unit`} value={value.unit} onChange={(e) => onChange({ ...value, unit: e.target.value as Duration["unit"] })}>
        <option value="days">{t("admin.forumForm.units.days")}</option>
        <option value="working_days">{t("admin.forumForm.units.working_days")}</option>
      </select>
    </fieldset>
  );
}
