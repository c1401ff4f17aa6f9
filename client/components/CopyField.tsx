import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

interface CopyFieldProps {
  label: string;
  value: string;
}

/** A read-only text (a link) with a button that copies it; the field can also be selected by hand. */
export function CopyField({ label, value }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);

  const copy = async () => {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      // Without clipboard access the text is selected, ready for Ctrl+C.
      setCopied("no");
    }
  };

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field__row">
        <input ref={input} id={id} readOnly value={value} onFocus={(e) => e.target.select()} />
        <button type="button" className="button" onClick={copy}>
          {t("copy.button")}
        </button>
      </div>
      <p className="copy-field__status" role="status">
        {copied === "yes" ? t("copy.done") : copied === "no" ? t("copy.manual") : ""}
      </p>
    </div>
  );
}
