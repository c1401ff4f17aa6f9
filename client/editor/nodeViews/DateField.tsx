import { useEffect, useRef } from "react";

// A complete date with a four-digit year from this era: while a year is being
// typed digit by digit the input briefly holds dates like 0002-03-15.
const COMPLETE = /^(19|20)\d{2}-\d{2}-\d{2}$/;

interface DateFieldProps {
  value: string | null;
  onCommit: (value: string | null) => void;
  label: string;
  testId?: string;
}

/**
 * A date input that writes to the document only complete dates (or a cleared
 * field on leaving it). It is uncontrolled while focused: re-rendering a
 * controlled date input mid-typing would reset the segment being typed.
 * Remote changes show as soon as it is not being edited.
 */
export function DateField({ value, onCommit, label, testId }: DateFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const el = input.current;
    if (el && document.activeElement !== el && el.value !== (value ?? "")) el.value = value ?? "";
  }, [value]);
  const commit = (next: string) => {
    const date = COMPLETE.test(next) ? next : null;
    if (date !== value) onCommit(date);
  };
  return (
    <input
      ref={input}
      type="date"
      aria-label={label}
      defaultValue={value ?? ""}
      onChange={(event) => COMPLETE.test(event.target.value) && commit(event.target.value)}
      onBlur={(event) => commit(event.target.value)}
      data-testid={testId}
    />
  );
}
