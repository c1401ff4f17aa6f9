import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useResource } from "../../http/useResource.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { createOrganisation, fetchClusterOrganisations } from "./adminApi.js";

interface OrganisationPickerProps {
  clusterId: string;
  value: string;
  onChange(organisationId: string): void;
}

/** Picks the organisation a person represents, or adds a new one to the list and picks it. */
export function OrganisationPicker({ clusterId, value, onChange }: OrganisationPickerProps) {
  const { t } = useTranslation();
  const organisations = useResource((signal) => fetchClusterOrganisations(clusterId, signal), `organisations/${clusterId}`);
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    setError(null);
    try {
      const organisation = await createOrganisation(clusterId, name);
      organisations.reload();
      onChange(organisation.id);
      setAdding(false);
      setName("");
    } catch (failure) {
      setError(errorMessage(failure, t));
    }
  };

  return (
    <div className="organisation-picker">
      <label className="field">
        <span>{t("admin.invite.organisation")}</span>
        <select value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t("admin.invite.noOrganisation")}</option>
          {organisations.state.status === "done" &&
            organisations.state.data.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
        </select>
      </label>
      {!adding ? (
        <button type="button" className="link-button" onClick={() => setAdding(true)}>
          {t("admin.invite.addOrganisation")}
        </button>
      ) : (
        <div className="organisation-picker__new">
          <label className="field">
            <span>{t("admin.invite.newOrganisation")}</span>
            <input
              maxLength={200}
              value={name}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                // Enter adds the organisation rather than submitting the invitation around it.
                if (e.key === "Enter") {
                  e.preventDefault();
                  if (name.trim()) void add();
                }
              }}
            />
          </label>
          <button type="button" className="button" onClick={add} disabled={!name.trim()}>
            {t("admin.invite.addOrganisationSubmit")}
          </button>
          <button type="button" className="link-button" onClick={() => setAdding(false)}>
            {t("admin.cancel")}
          </button>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
