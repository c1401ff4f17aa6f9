import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ExtraDaysOff } from "../../../shared/rules/danishCalendar.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { saveDaysOff, type AdminCluster } from "./adminApi.js";
import { ActionOutcome } from "../../components/ActionOutcome.js";

const DAYS = ["grundlovsdag", "juleaftensdag", "nytaarsaftensdag"] as const;

/** The public-sector days off the cluster counts as non-working in deadlines; each toggle is saved at once. */
export function DaysOffSettings({ cluster }: { cluster: AdminCluster }) {
  const { t } = useTranslation();
  const [days, setDays] = useState<ExtraDaysOff>(cluster.extraDaysOff);
  const [notice, setNotice] = useState("");
  const [error, setError] = useState<string | null>(null);

  const toggle = async (day: keyof ExtraDaysOff, on: boolean) => {
    const previous = days;
    const next = { ...days, [day]: on };
    setDays(next);
    setError(null);
    setNotice("");
    try {
      await saveDaysOff(cluster.id, next);
      setNotice(t("admin.daysOff.saved"));
    } catch (failure) {
      setDays(previous);
      setError(errorMessage(failure, t));
    }
  };

  return (
    <fieldset className="days-off">
      <legend>{t("admin.daysOff.title")}</legend>
      <p className="muted">{t("admin.daysOff.intro")}</p>
      {DAYS.map((day) => (
        <label key={day} className="check">
          <input type="checkbox" checked={days[day]} onChange={(e) => toggle(day, e.target.checked)} />
          {t(`admin.daysOff.days.${day}`)}
        </label>
      ))}
      <ActionOutcome notice={notice} error={error} />
    </fieldset>
  );
}
