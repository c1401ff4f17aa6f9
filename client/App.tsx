import { lazy, Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { RequireAuth } from "./auth/RequireAuth.js";
import { SessionProvider } from "./auth/SessionContext.js";
import { Layout } from "./components/Layout.js";
import { PageStatus } from "./components/PageStatus.js";
import { Login } from "./scenes/Login.js";
import { Meetings } from "./scenes/Meetings/Meetings.js";
import "./styles/pages.css";
// After pages.css: on a phone its table rules give way to the cards.
import "./styles/cardTable.css";

// The editor stack is most of the bundle; the login page and the list load without it.
const MeetingPage = lazy(() => import("./scenes/Meeting/MeetingPage.js").then((module) => ({ default: module.MeetingPage })));
const MeetingFlowPage = lazy(() => import("./scenes/MeetingFlow/MeetingFlowPage.js").then((module) => ({ default: module.MeetingFlowPage })));
const FollowUp = lazy(() => import("./scenes/FollowUp/FollowUp.js").then((module) => ({ default: module.FollowUp })));
const ForumList = lazy(() => import("./scenes/Forum/ForumList.js").then((module) => ({ default: module.ForumList })));
const ForumPage = lazy(() => import("./scenes/Forum/ForumPage.js").then((module) => ({ default: module.ForumPage })));
const AdminPage = lazy(() => import("./scenes/Admin/AdminPage.js").then((module) => ({ default: module.AdminPage })));
const AccessLogPage = lazy(() => import("./scenes/AccessLog/AccessLogPage.js").then((module) => ({ default: module.AccessLogPage })));
const InvitationPage = lazy(() => import("./scenes/Invitation/InvitationPage.js").then((module) => ({ default: module.InvitationPage })));

function PageLoading() {
  const { t } = useTranslation();
  return <PageStatus>{t("app.loading")}</PageStatus>;
}

/** A lazily loaded page behind the login. */
function Private({ children }: { children: ReactNode }) {
  return (
    <RequireAuth>
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </RequireAuth>
  );
}

/**
 * The client's routes: /login, the meeting list at /, one meeting at
 * /m/:meetingId and its course at /m/:meetingId/forloeb, the follow-up
 * dashboard, forums, administration, the user's own access log, and
 * invitation links (no login).
 */
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
                <Private>
                  <MeetingPage />
                </Private>
              }
            />
            <Route
              path="/m/:meetingId/forloeb"
              element={
                <Private>
                  <MeetingFlowPage />
                </Private>
              }
            />
            <Route
              path="/opfoelgning"
              element={
                <Private>
                  <FollowUp />
                </Private>
              }
            />
            <Route
              path="/fora"
              element={
                <Private>
                  <ForumList />
                </Private>
              }
            />
            <Route
              path="/fora/:forumId"
              element={
                <Private>
                  <ForumPage />
                </Private>
              }
            />
            <Route
              path="/admin"
              element={
                <Private>
                  <AdminPage />
                </Private>
              }
            />
            <Route
              path="/min-adgangslog"
              element={
                <Private>
                  <AccessLogPage />
                </Private>
              }
            />
            <Route
              path="/invitation/:token"
              element={
                <Suspense fallback={<PageLoading />}>
                  <InvitationPage />
                </Suspense>
              }
            />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
