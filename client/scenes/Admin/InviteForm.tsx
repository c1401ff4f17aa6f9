import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CopyField } from "../../components/CopyField.js";
import { roleLabel } from "../Forum/forumLabels.js";
import { adminErrorMessage } from "./adminErrors.js";
import { ROLES, type Role, type Sector } from "./adminApi.js";
import { seatOrInvite } from "./membersApi.js";
import { OrganisationPicker } from "./OrganisationPicker.js";
import { SectorSelect } from "./SectorSelect.js";

type Outcome = { kind: "seated"; name: string } | { kind: "mailed"; email: string } | { kind: "link"; link: string };

interface InviteFormProps {
  regionId: string;
  forumId: string;
  onSeated(): void;
}

/**
 * Seats a person by e-mail: someone who already sits in the cluster gets
 * the seat at once, anyone else an invitation link by mail, or, with no
 * mail server set up, a link shown here for the admin to pass on. A chair
 * is asked for the sector they sit for (their organisation's by default).
 */
export function InviteForm({ regionId, forumId, onSeated }: InviteFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("member");
  const [organisationId, setOrganisationId] = useState("");
  const [sector, setSector] = useState<Sector | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      const result = await seatOrInvite(forumId, { email, name, role, organisationId: organisationId || null, sector: role === "chair" ? sector : null });
      setOutcome(result.link ? { kind: "link", link: result.link } : result.invited ? { kind: "mailed", email } : { kind: "seated", name });
      setEmail("");
      setName("");
      onSeated();
    } catch (failure) {
      setError(adminErrorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="invite-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`}>{t("admin.invite.title")}</h5>
      <div className="invite-form__grid">
        <label className="field">
          <span>{t("admin.invite.email")}</span>
          <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label className="field">
          <span>{t("admin.invite.name")}</span>
          <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span>{t("admin.invite.role")}</span>
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r, t)}
              </option>
            ))}
          </select>
        </label>
        <OrganisationPicker
          regionId={regionId}
          value={organisationId}
          onChange={(organisation) => {
            setOrganisationId(organisation?.id ?? "");
            if (organisation?.sector) setSector(organisation.sector);
          }}
        />
        {role === "chair" && <SectorSelect label={t("admin.invite.sector")} value={sector} onChange={setSector} required />}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t("admin.saving") : t("admin.invite.submit")}
      </button>
      <div role="status">
        {outcome?.kind === "seated" && <p className="notice">{t("admin.invite.seated", { name: outcome.name })}</p>}
        {outcome?.kind === "mailed" && <p className="notice">{t("admin.invite.mailed", { email: outcome.email })}</p>}
      </div>
      {outcome?.kind === "link" && (
        <div className="invite-link" data-testid="invitation-link">
          <p className="warning-note">{t("admin.invite.noMail")}</p>
          <CopyField label={t("admin.invite.link")} value={outcome.link} />
        </div>
      )}
    </form>
  );
}
