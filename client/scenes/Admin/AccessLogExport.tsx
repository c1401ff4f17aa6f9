import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { copenhagenDate } from "../../../shared/rules/copenhagenTime.js";
import { useApi } from "../../http/useApi.js";
import { ACCESS_LOG_CSV_PATH, fetchExportPeople } from "../AccessLog/accessLogApi.js";
import "../AccessLog/accessLog.css";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The administrators' access-log export: a person (or everyone) and a period,
 * downloaded as CSV by a plain GET form. Shown only to those the server lets
 * export, i.e. who run a cluster or region.
 */
export function AccessLogExport() {
  const { t } = useTranslation();
  const people = useApi(fetchExportPeople, "access-log-people");
  const [from, setFrom] = useState(() => copenhagenDate(new Date(Date.now() - 30 * DAY_MS)));
  const [to, setTo] = useState(() => copenhagenDate(new Date()));
  const reversed = from !== "" && to !== "" && from > to;
  const [showReversed, setShowReversed] = useState(false);

  if (people.status === "failed") return null;
  const onSubmit = (event: FormEvent) => {
    setShowReversed(reversed);
    if (reversed) event.preventDefault();
  };

  return (
    <section className="card access-log-export" aria-labelledby="access-log-export-title" data-testid="access-log-export">
      <h2 id="access-log-export-title">{t("accessLog.export.title")}</h2>
      <p className="muted">{t("accessLog.export.intro")}</p>
      {people.status === "loading" ? (
        <p role="status">{t("accessLog.export.loading")}</p>
      ) : (
        <form method="get" action={ACCESS_LOG_CSV_PATH} onSubmit={onSubmit}>
          <div className="access-log-export__fields">
            <label className="field">
              {t("accessLog.export.person")}
              <select name="userId" defaultValue="">
                <option value="">{t("accessLog.export.everyone")}</option>
                {people.data.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({p.email})
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              {t("accessLog.export.from")}
              <input type="date" name="from" required value={from} onChange={(e) => setFrom(e.target.value)} aria-invalid={showReversed && reversed} />
            </label>
            <label className="field">
              {t("accessLog.export.to")}
              <input type="date" name="to" required value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={showReversed && reversed} />
            </label>
            <button type="submit" className="button button--primary access-log-export__submit">
              {t("accessLog.export.submit")}
            </button>
          </div>
          {showReversed && reversed && (
            <p className="form-error" role="alert">
              {t("accessLog.export.reversed")}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
