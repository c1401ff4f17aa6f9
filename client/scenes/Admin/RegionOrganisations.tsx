import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useResource } from "../../http/useResource.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { createOrganisation, fetchRegionOrganisations, type Sector } from "./adminApi.js";
import { NamedAdd } from "./NamedAdd.js";
import { SectorSelect } from "./SectorSelect.js";

/** The region's organisations with their sector, shared by its clusters, and the form to add one. */
export function RegionOrganisations({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const organisations = useResource((signal) => fetchRegionOrganisations(regionId, signal), `organisations/${regionId}`);
  const [sector, setSector] = useState<Sector | null>(null);

  return (
    <div className="region-organisations">
      <h3 id={`organisations-${regionId}`}>{t("admin.region.organisations")}</h3>
      {organisations.state.status === "failed" && (
        <p className="form-error" role="alert">
          {errorMessage(organisations.state.error, t)}
        </p>
      )}
      {organisations.state.status === "done" && (
        <ul className="region-organisations__list" data-testid="region-organisations">
          {organisations.state.data.map((organisation) => (
            <li key={organisation.id}>
              {organisation.name}
              <span className="muted"> · {organisation.sector ? t(`admin.sectors.${organisation.sector}`) : t("admin.sector.unknown")}</span>
            </li>
          ))}
        </ul>
      )}
      <NamedAdd
        label={t("admin.region.organisationName")}
        submit={t("admin.region.addOrganisation")}
        added={(name) => t("admin.region.organisationAdded", { name })}
        add={async (name) => {
          await createOrganisation(regionId, name, sector);
          setSector(null);
          organisations.reload();
        }}
      >
        <SectorSelect label={t("admin.region.organisationSector")} value={sector} onChange={setSector} />
      </NamedAdd>
    </div>
  );
}
