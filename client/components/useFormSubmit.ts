import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../i18n/errorMessage.js";

/**
 * The submit handling every small form shares: busy while the request runs,
 * the server's refusal as its Danish message. With `staysBusy` the form stays
 * disabled after success, for forms that are replaced once the page reloads.
 */
export function useFormSubmit(action: () => Promise<void>, options: { staysBusy?: boolean } = {}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await action();
      if (!options.staysBusy) setBusy(false);
    } catch (failure) {
      setError(errorMessage(failure, t));
      setBusy(false);
    }
  };
  return { busy, error, onSubmit };
}
