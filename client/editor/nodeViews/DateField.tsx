import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { EARLIEST_DUE_YEAR, dueDateProblem, latestDueYear, type DueDateProblem } from "../../../shared/rules/dueDates.js";
import { FieldWithProblem, problemAttributes } from "./FieldProblem.js";

interface DateFieldProps {
  value: string | null;
  onCommit: (value: string | null) => void;
  label: string;
  testId?: string;
}

type TypedProblem = Exclude<DueDateProblem, "format"> | "incomplete";

/**
 * A due date input that stores only real dates in range and says at the
 * field what is wrong with anything else, as it is typed ("12027": the year
 * must have four digits). A wrong date is never stored: on leaving the field
 * it shows the stored date again and says the due date was not changed. It
 * is uncontrolled while focused, since re-rendering a date input mid-typing
 * resets the segment being typed; remote changes show when it is not.
 */
export function DateField({ value, onCommit, label, testId }: DateFieldProps) {
  const { t } = useTranslation();
  const fieldId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState<TypedProblem | null>(null);
  useEffect(() => {
    const el = input.current;
    if (el && document.activeElement !== el && el.value !== (value ?? "")) el.value = value ?? "";
  }, [value]);

  const check = (el: HTMLInputElement, leaving: boolean) => {
    const next = el.value;
    // A half-typed date has no value yet; only leaving it so is a problem.
    const problem: TypedProblem | DueDateProblem | null = next === "" ? (el.validity.badInput ? "incomplete" : null) : dueDateProblem(next, new Date());
    if (problem === null) {
      setTyped(null);
      if ((next || null) !== value && (next !== "" || leaving)) onCommit(next || null);
      return;
    }
    // While a year is typed digit by digit the input holds 0002, 0020, 0202 on the way to 2027.
    const underway = !leaving && (problem === "incomplete" || (problem === "yearDigits" && next.startsWith("0")));
    setTyped(underway || problem === "format" ? null : problem);
    if (leaving) el.value = value ?? "";
  };

  const stored = value !== null && dueDateProblem(value, new Date()) !== null;
  const message = typed
    ? `${t(`fields.date.${typed}`, { first: EARLIEST_DUE_YEAR, last: latestDueYear(new Date()) })} ${t("fields.date.unchanged")}`
    : stored
      ? t("fields.date.stored", { value })
      : value === null
        ? t("fields.date.missing")
        : null;
  return (
    <FieldWithProblem fieldId={fieldId} problem={message} testId={testId && `${testId}-problem`}>
      <input
        ref={input}
        type="date"
        aria-label={label}
        defaultValue={value ?? ""}
        onChange={(event) => check(event.target, false)}
        onBlur={(event) => check(event.target, true)}
        data-testid={testId}
        {...problemAttributes(fieldId, message)}
      />
    </FieldWithProblem>
  );
}
