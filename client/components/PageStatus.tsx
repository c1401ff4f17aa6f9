import type { ReactNode } from "react";

/** A page-level waiting message, announced politely to screen readers. */
export function PageStatus({ children }: { children: ReactNode }) {
  return (
    <p className="page-status" role="status">
      {children}
    </p>
  );
}
