import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { PageStatus } from "../components/PageStatus.js";
import { useSession } from "./SessionContext.js";

/** Where the login page sends the user back to, carried in the router's location state. */
export interface ReturnState {
  from?: string;
}

/** Renders its children for a logged-in user; sends anyone else to /login and remembers where they were going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  const { t } = useTranslation();

  if (session.status === "loading") {
    return <PageStatus>{t("app.loading")}</PageStatus>;
  }
  if (session.status === "anonymous") {
    const state: ReturnState = { from: location.pathname + location.search + location.hash };
    return <Navigate to="/login" replace state={state} />;
  }
  return children;
}
