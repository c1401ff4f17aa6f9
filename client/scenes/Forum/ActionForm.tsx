import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../i18n/errorMessage.js";

interface ActionFormProps {
  title: string;
  submitLabel: string;
  /** Performs the action; a thrown ApiError is shown as the server words it. */
  onSubmit(): Promise<void>;
  onCancel(): void;
  children: ReactNode;
}

/** A small form for one handling step (accept, reject, forward, close): its fields, submit, cancel and the server's error. */
export function ActionForm({ title, submitLabel, onSubmit, onCancel, children }: ActionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>("select, textarea, input")?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={form} className="action-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="action-form__title">
        {title}
      </h3>
      {children}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
          {t("forum.cancel")}
        </button>
      </div>
    </form>
  );
}
