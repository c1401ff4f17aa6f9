import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, useLocation, useNavigate } from "react-router";
import { useSession } from "../auth/SessionContext.js";
import { AppNav } from "./AppNav.js";
import { LanguageSwitch } from "./LanguageSwitch.js";

const MENU_ID = "app-menu";

/**
 * The bar at the top of every page: product name, the main menu, language,
 * and the user with their access log and "Log ud", on one line from tablet
 * width up. On a phone the menu folds behind a "Menu" button and closes
 * again on navigation.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const { session, logout } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [leaving, setLeaving] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const signedIn = session.status === "authenticated";
  useEffect(() => setMenuOpen(false), [pathname]);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !menuOpen) return;
    setMenuOpen(false);
    menuButton.current?.focus();
  };

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
    <header className="app-header" data-menu-open={menuOpen || undefined} onKeyDown={closeOnEscape}>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <Link to="/" className="app-name">
        {t("app.name")}
      </Link>
      {signedIn && (
        <button ref={menuButton} type="button" className="button button--quiet app-header__menu-button" aria-expanded={menuOpen} aria-controls={MENU_ID} onClick={() => setMenuOpen(!menuOpen)}>
          {t("header.menu")}
        </button>
      )}
      <div id={MENU_ID} className={signedIn ? "app-header__menu app-header__menu--folding" : "app-header__menu"}>
        {signedIn && <AppNav userId={session.user.id} />}
        <div className="app-header__end">
          <LanguageSwitch />
          {signedIn && (
            <>
              <NavLink to="/min-adgangslog" className="app-header__access-log">
                {t("accessLog.nav")}
              </NavLink>
              <span className="app-header__user" data-testid="current-user" title={t("header.signedInAs", { name: session.user.name })}>
                {session.user.name}
              </span>
              <button type="button" className="button button--quiet" onClick={onLogout} disabled={leaving}>
                {t("header.logout")}
              </button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
