import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import type { ReturnState } from "../auth/RequireAuth.js";
import { useSession } from "../auth/SessionContext.js";
import { errorMessage } from "../i18n/errorMessage.js";
import { useDocumentTitle } from "../components/useDocumentTitle.js";

// Only same-app paths: a crafted state must not send the user elsewhere.
function returnPath(state: unknown): string {
  const from = (state as ReturnState | null)?.from;
  return typeof from === "string" && from.startsWith("/") && !from.startsWith("//") && !from.startsWith("/login") ? from : "/";
}

/** The login form; on success it returns the user to the page they came for. */
export function Login() {
  const { t } = useTranslation();
  const { session, login } = useSession();
  const location = useLocation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const target = returnPath(location.state);

  useDocumentTitle(t("login.title"));

  // Also the way out after a successful login: the session change re-renders this page.
  if (session.status === "authenticated") return <Navigate to={target} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email, password);
    } catch (failure) {
      setError(errorMessage(failure, t));
      setBusy(false);
      emailRef.current?.focus();
    }
  };

  return (
    <section className="login card" aria-labelledby="login-title">
      <h1 id="login-title">{t("login.title")}</h1>
      <p className="muted">{t("login.intro")}</p>
      <form onSubmit={onSubmit}>
        <label className="field">
          <span>{t("login.email")}</span>
          <input
            ref={emailRef}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "login-error" : undefined}
          />
        </label>
        <label className="field">
          <span>{t("login.password")}</span>
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "login-error" : undefined}
          />
        </label>
        {error && (
          <p id="login-error" className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t("login.submitting") : t("login.submit")}
        </button>
      </form>
    </section>
  );
}
