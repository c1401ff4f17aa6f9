import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { PageStatus } from "../../components/PageStatus.js";
import { useDocumentTitle } from "../../components/useDocumentTitle.js";
import { ApiError } from "../../http/client.js";
import { useApi } from "../../http/useApi.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { roleLabel } from "../Forum/forumLabels.js";
import { AcceptForm } from "./AcceptForm.js";
import { fetchInvitation } from "./invitationApi.js";
import "./invitation.css";

/**
 * The page an invitation link opens (/invitation/:token), without login:
 * which forum and role it is for, and the form that creates the account.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  useDocumentTitle(t("invitation.title"));
  const invitation = useApi((signal) => fetchInvitation(token, signal), token);

  return (
    <section className="invitation card" aria-labelledby="invitation-title">
      <h1 id="invitation-title">{t("invitation.title")}</h1>
      {invitation.status === "loading" && <PageStatus>{t("invitation.loading")}</PageStatus>}
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
      {invitation.status === "done" && (
        <>
          <p>{t("invitation.intro", { forum: invitation.data.forumName, role: roleLabel(invitation.data.role, t).toLowerCase() })}</p>
          <p className="muted">{t("invitation.email", { email: invitation.data.email })}</p>
          <AcceptForm token={token} invitation={invitation.data} />
        </>
      )}
    </section>
  );
}
