import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormSubmit } from "../../components/useFormSubmit.js";
import { acceptInvitation, type Invitation } from "./invitationApi.js";

/** Shortest password the server accepts. */
const MIN_PASSWORD = 10;

/**
 * Name and password for the new account. On success the whole app is
 * loaded afresh at "/" so the session the server has set is picked up.
 */
export function AcceptForm({ token, invitation }: { token: string; invitation: Invitation }) {
  const { t } = useTranslation();
  const [name, setName] = useState(invitation.name);
  const [password, setPassword] = useState("");
  const { busy, error, onSubmit } = useFormSubmit(
    async () => {
      await acceptInvitation(token, name, password);
      window.location.assign("/");
    },
    { staysBusy: true },
  );

  return (
    <form onSubmit={onSubmit}>
      <label className="field">
        <span>{t("invitation.name")}</span>
        <input name="name" autoComplete="name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span>{t("invitation.password")}</span>
        <input
          type="password"
          name="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-describedby="invitation-password-hint"
        />
      </label>
      <p id="invitation-password-hint" className="muted invitation__hint">
        {t("invitation.passwordHint", { count: MIN_PASSWORD })}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t("invitation.submitting") : t("invitation.submit")}
      </button>
    </form>
  );
}
