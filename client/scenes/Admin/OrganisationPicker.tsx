import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useResource } from "../../http/useResource.js";
import { adminErrorMessage } from "./adminErrors.js";
import { createOrganisation, fetchRegionOrganisations, type Organisation, type Sector } from "./adminApi.js";
import { SectorSelect } from "./SectorSelect.js";

interface OrganisationPickerProps {
  regionId: string;
  value: string;
  /** The organisation picked (null for none), so the caller can take its sector. */
  onChange(organisation: Organisation | null): void;
}

/** Picks the organisation of the region a person represents, or adds a new one (with its sector) and picks it. */
export function OrganisationPicker({ regionId, value, onChange }: OrganisationPickerProps) {
  const { t } = useTranslation();
  const organisations = useResource((signal) => fetchRegionOrganisations(regionId, signal), `organisations/${regionId}`);
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState("");
  const [sector, setSector] = useState<Sector | null>(null);
  const [error, setError] = useState<string | null>(null);
  const known = organisations.state.status === "done" ? organisations.state.data : [];

  const add = async () => {
    setError(null);
    try {
      const organisation = await createOrganisation(regionId, name, sector);
      organisations.reload();
      onChange(organisation);
      setAdding(false);
      setName("");
      setSector(null);
    } catch (failure) {
      setError(adminErrorMessage(failure, t));
    }
  };

  return (
    <div className="organisation-picker">
      <label className="field">
        <span>{t("admin.invite.organisation")}</span>
        <select value={value} onChange={(e) => onChange(known.find((o) => o.id === e.target.value) ?? null)}>
          <option value="">{t("admin.invite.noOrganisation")}</option>
          {known.map((organisation) => (
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
          <SectorSelect label={t("admin.invite.newOrganisationSector")} value={sector} onChange={setSector} />
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
