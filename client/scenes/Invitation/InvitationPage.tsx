import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useSession } from "../../auth/SessionContext.js";
import { PageStatus } from "../../components/PageStatus.js";
import { useDocumentTitle } from "../../components/useDocumentTitle.js";
import { ApiError } from "../../http/client.js";
import { useApi } from "../../http/useApi.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { roleLabel } from "../Forum/forumLabels.js";
import { AcceptForm } from "./AcceptForm.js";
import { fetchInvitation } from "./invitationApi.js";
import { LoggedInAccept } from "./LoggedInAccept.js";
import "./invitation.css";

/**
 * The page an invitation link opens (/invitation/:token), with or without
 * login: which forum and role it is for; logged in, the button that takes
 * the seat; otherwise a way to log in and come back, and the form that
 * creates an account. It shows the same whether or not the e-mail has one.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const { session } = useSession();
  useDocumentTitle(t("invitation.title"));
  const invitation = useApi((signal) => fetchInvitation(token, signal), token);
  const here = `/invitation/${token}`;

  return (
    <section className="invitation card" aria-labelledby="invitation-title">
      <h1 id="invitation-title">{t("invitation.title")}</h1>
      {(invitation.status === "loading" || session.status === "loading") && <PageStatus>{t("invitation.loading")}</PageStatus>}
      {invitation.status === "failed" && (
        <>
          <p className="form-error" role="alert">
            {invitation.error instanceof ApiError && (invitation.error.status === 404 || invitation.error.status === 400) ? t("invitation.gone") : errorMessage(invitation.error, t)}
          </p>
          <p>
            <Link to="/login">{t("invitation.toLogin")}</Link>
          </p>
        </>
      )}
      {invitation.status === "done" && session.status !== "loading" && (
        <>
          <p>{t("invitation.intro", { forum: invitation.data.forumName, role: roleLabel(invitation.data.role, t).toLowerCase() })}</p>
          <p className="muted">{t("invitation.email", { email: invitation.data.email })}</p>
          {session.status === "authenticated" ? (
            <LoggedInAccept token={token} invitation={invitation.data} user={session.user} />
          ) : (
            <>
              <section className="invitation__part" aria-labelledby="invitation-existing">
                <h2 id="invitation-existing">{t("invitation.existingTitle")}</h2>
                <p>
                  <Link to="/login" state={{ from: here }}>
                    {t("invitation.loginToAccept", { email: invitation.data.email })}
                  </Link>
                </p>
              </section>
              <section className="invitation__part" aria-labelledby="invitation-new">
                <h2 id="invitation-new">{t("invitation.newTitle")}</h2>
                <AcceptForm token={token} invitation={invitation.data} />
              </section>
            </>
          )}
        </>
      )}
    </section>
  );
}
