import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { RequireAuth } from "./auth/RequireAuth.js";
import { SessionProvider } from "./auth/SessionContext.js";
import { Layout } from "./components/Layout.js";
import { PageStatus } from "./components/PageStatus.js";
import { Login } from "./scenes/Login.js";
import { Meetings } from "./scenes/Meetings.js";

// The editor stack is most of the bundle; the login page and the list load without it.
const MeetingPage = lazy(() => import("./scenes/Meeting/MeetingPage.js").then((module) => ({ default: module.MeetingPage })));

function PageLoading() {
  const { t } = useTranslation();
  return <PageStatus>{t("app.loading")}</PageStatus>;
}

/** The client's routes: /login, the meeting list at / and one meeting at /m/:meetingId. */
export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route path="/login" element={<Login />} />
            <Route
              path="/"
              element={
                <RequireAuth>
                  <Meetings />
                </RequireAuth>
              }
            />
            <Route
              path="/m/:meetingId"
              element={
                <RequireAuth>
                  <Suspense fallback={<PageLoading />}>
                    <MeetingPage />
                  </Suspense>
                </RequireAuth>
              }
            />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
