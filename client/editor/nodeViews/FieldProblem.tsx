import type { ReactNode } from "react";
import "./fields.css";

/** The id of the message element of the field whose id is `fieldId`, for aria-describedby. */
export const problemId = (fieldId: string) => `${fieldId}-problem`;

/**
 * A field of a node view with what is wrong with it right under it. The
 * message element is always there (empty when nothing is wrong) so screen
 * readers announce a message as it appears.
 */
export function FieldWithProblem({ fieldId, problem, testId, children }: { fieldId: string; problem: string | null; testId?: string; children: ReactNode }) {
  return (
    <span className="doc-field-group">
      {children}
      <span id={problemId(fieldId)} className="doc-field__problem" aria-live="polite" data-testid={testId}>
        {problem ?? ""}
      </span>
    </span>
  );
}

/** The attributes that tie a control to its message: invalid while there is one. */
export function problemAttributes(fieldId: string, problem: string | null) {
  return { id: fieldId, "aria-invalid": problem ? true : undefined, "aria-describedby": problem ? problemId(fieldId) : undefined };
}
