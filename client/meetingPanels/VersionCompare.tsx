import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../i18n/errorMessage.js";
import type { ItemChange } from "../../shared/protocol/versions.js";
import { compareVersions } from "./versionsApi.js";

interface VersionCompareProps {
  meetingId: string;
  /** The minutes versions, oldest first; at least two. */
  versions: number[];
}

/** "Sammenlign": two minutes versions side by side, item by item: added, removed, changed (before and after). */
export function VersionCompare({ meetingId, versions }: VersionCompareProps) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(versions.at(-2)!);
  const [to, setTo] = useState(versions.at(-1)!);
  const [result, setResult] = useState<{ from: number; to: number; changes: ItemChange[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      setResult({ from, to, changes: await compareVersions(meetingId, from, to) });
    } catch (failure) {
      setResult(null);
      setError(errorMessage(failure, t));
    }
  };

  const picker = (label: string, value: number, onChange: (v: number) => void) => (
    <label className="field field--inline">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v} value={v}>
            {t("panels.versions.kinds.referat", { version: v })}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="compare">
      <form className="compare__form" onSubmit={onSubmit}>
        {picker(t("panels.compare.from"), from, setFrom)}
        {picker(t("panels.compare.to"), to, setTo)}
        <button type="submit" className="button">
          {t("panels.compare.submit")}
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div className="compare__result" role="region" aria-label={t("panels.compare.result", { from: result.from, to: result.to })} data-testid="compare-result">
          {result.changes.length === 0 ? (
            <p className="empty-state">{t("panels.compare.same")}</p>
          ) : (
            <ul className="change-list">
              {result.changes.map((change) => (
                <li key={change.id} className={`change change--${change.change}`}>
                  <strong>{t(`panels.compare.${change.change}`)}:</strong> {change.title || t("panels.untitled")}
                  {change.before !== null && <del className="change__text">{change.before}</del>}
                  {change.after !== null && <ins className="change__text">{change.after}</ins>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
