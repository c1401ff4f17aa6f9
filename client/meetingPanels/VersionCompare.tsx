import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../i18n/errorMessage.js";
import type { FieldChange, ItemChange, VersionKind } from "../../shared/protocol/versions.js";
import { compareVersions } from "./versionsApi.js";

/** A frozen version by kind and number. */
export interface VersionRef {
  kind: VersionKind;
  version: number;
}

interface VersionCompareProps {
  meetingId: string;
  /** Frozen versions of any kind, oldest first; at least two. */
  versions: VersionRef[];
}

const keyOf = (v: VersionRef) => `${v.kind}:${v.version}`;

/**
 * "Sammenlign": any two frozen versions (agenda, minutes, approved,
 * published) side by side: the heading fields and attachments that changed,
 * then item by item what was added, removed or changed (before and after).
 */
export function VersionCompare({ meetingId, versions }: VersionCompareProps) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(keyOf(versions.at(-2)!));
  const [to, setTo] = useState(keyOf(versions.at(-1)!));
  const [result, setResult] = useState<{ from: string; to: string; changes: ItemChange[]; fields: FieldChange[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const byKey = new Map(versions.map((v) => [keyOf(v), v]));
  const label = (key: string) => {
    const v = byKey.get(key)!;
    return t(`panels.versions.kinds.${v.kind}`, { version: v.version });
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      setResult({ from, to, ...(await compareVersions(meetingId, byKey.get(from)!, byKey.get(to)!)) });
    } catch (failure) {
      setResult(null);
      setError(errorMessage(failure, t));
    }
  };

  const picker = (text: string, value: string, onChange: (v: string) => void) => (
    <label className="field field--inline">
      <span>{text}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {versions.map((v) => (
          <option key={keyOf(v)} value={keyOf(v)}>
            {label(keyOf(v))}
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
        <div className="compare__result" role="region" aria-label={t("panels.compare.result", { from: label(result.from), to: label(result.to) })} data-testid="compare-result">
          {result.changes.length === 0 && result.fields.length === 0 ? (
            <p className="empty-state">{t("panels.compare.same")}</p>
          ) : (
            <ul className="change-list">
              {result.fields.map((field) => (
                <li key={field.field} className="change change--changed">
                  <strong>{t(`panels.compare.fields.${field.field}`)}:</strong>
                  <del className="change__text">{field.before}</del>
                  <ins className="change__text">{field.after}</ins>
                </li>
              ))}
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
