import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/SessionContext.js";
import { useFormSubmit } from "../../components/useFormSubmit.js";
import type { User } from "../../http/types.js";
import { acceptAsLoggedIn, type Invitation } from "./invitationApi.js";

/**
 * The invitation as seen logged in: the invited account takes the seat with
 * one button (then the app loads afresh at "/"); anyone else is told to log
 * out and in as the invited e-mail.
 */
export function LoggedInAccept({ token, invitation, user }: { token: string; invitation: Invitation; user: User }) {
  const { t } = useTranslation();
  const { logout } = useSession();
  const accept = useFormSubmit(
    async () => {
      await acceptAsLoggedIn(token);
      window.location.assign("/");
    },
    { staysBusy: true },
  );

  if (user.email.toLowerCase() !== invitation.email) {
    return (
      <>
        <p className="warning-note">{t("invitation.otherAccount", { current: user.email, invited: invitation.email })}</p>
        <button type="button" className="button" onClick={() => void logout()}>
          {t("invitation.logout")}
        </button>
      </>
    );
  }
  return (
    <form onSubmit={accept.onSubmit}>
      <p>{t("invitation.loggedInAs", { email: user.email })}</p>
      {accept.error && (
        <p className="form-error" role="alert">
          {accept.error}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={accept.busy}>
        {accept.busy ? t("invitation.accepting") : t("invitation.accept")}
      </button>
    </form>
  );
}
