import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ActionOutcome } from "../../components/ActionOutcome.js";
import { adminErrorMessage } from "./adminErrors.js";

interface NamedAddProps {
  /** The label of the name field ("Klyngens navn"). */
  label: string;
  submit: string;
  /** Said once the thing is added, with its name. */
  added(name: string): string;
  add(name: string): Promise<void>;
  /** More fields beside the name (the organisation's sector). */
  children?: ReactNode;
}

/** A one-line form that adds a named thing to a region (a cluster, an organisation) and says so, or shows the refusal. */
export function NamedAdd({ label, submit, added, add, children }: NamedAddProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState("");
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setNotice("");
    try {
      await add(name.trim());
      setNotice(added(name.trim()));
      setName("");
    } catch (failure) {
      setError(adminErrorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="named-add" onSubmit={onSubmit}>
      <div className="named-add__fields">
        <label className="field" htmlFor={`${id}-name`}>
          <span>{label}</span>
          <input id={`${id}-name`} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        {children}
        <button type="submit" className="button" disabled={busy || !name.trim()}>
          {busy ? t("admin.saving") : submit}
        </button>
      </div>
      <ActionOutcome notice={notice} error={error} />
    </form>
  );
}
