import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useSession } from "../auth/SessionContext.js";
import { AppNav } from "./AppNav.js";
import { LanguageSwitch } from "./LanguageSwitch.js";

/** The bar at the top of every page: product name, the main menu, language, and the user with "Log ud". */
export function AppHeader() {
  const { t } = useTranslation();
  const { session, logout } = useSession();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);

  const onLogout = async () => {
    setLeaving(true);
    try {
      await logout();
    } catch (error) {
      // The local session is cleared either way; the server's cookie expires on its own.
      console.error(error);
    } finally {
      setLeaving(false);
      navigate("/login", { replace: true });
    }
  };

  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <Link to="/" className="app-name">
        {t("app.name")}
      </Link>
      {session.status === "authenticated" && <AppNav userId={session.user.id} />}
      <div className="app-header__end">
        <LanguageSwitch />
        {session.status === "authenticated" && (
          <>
            <span className="app-header__user" data-testid="current-user" title={t("header.signedInAs", { name: session.user.name })}>
              {session.user.name}
            </span>
            <button type="button" className="button button--quiet" onClick={onLogout} disabled={leaving}>
              {t("header.logout")}
            </button>
          </>
        )}
      </div>
    </header>
  );
}
