import { useTranslation } from "react-i18next";
import { ForumAdminList } from "./ForumAdminList.js";
import { NamedAdd } from "./NamedAdd.js";
import { regionParentOptions } from "./parentOptions.js";
import { RegionOrganisations } from "./RegionOrganisations.js";
import { createBody, createCluster, type AdminRegion } from "./regionApi.js";

/**
 * A region its administrator runs: its clusters (and a new one), its
 * region-wide bodies with the forums of every cluster to report to, and its
 * organisations with their sector.
 */
export function RegionAdmin({ region, onChanged }: { region: AdminRegion; onChanged(): void }) {
  const { t } = useTranslation();
  return (
    <section className="region card" aria-labelledby={`region-${region.id}`} data-testid="admin-region">
      <h2 id={`region-${region.id}`}>{region.name}</h2>
      <div className="region__part">
        <h3 id={`clusters-${region.id}`}>{t("admin.region.clusters")}</h3>
        <ul className="region__clusters">
          {region.clusters.map((cluster) => (
            <li key={cluster.id}>{cluster.name}</li>
          ))}
        </ul>
        <NamedAdd
          label={t("admin.region.clusterName")}
          submit={t("admin.region.addCluster")}
          added={(name) => t("admin.region.clusterAdded", { name })}
          add={async (name) => {
            await createCluster(region.id, name);
            onChanged();
          }}
        />
      </div>
      <ForumAdminList
        id={region.id}
        title={t("admin.region.bodies")}
        newLabel={t("admin.region.newBody")}
        forums={region.bodies}
        parents={regionParentOptions(region.parentCandidates)}
        newKind="regionalt_udvalg"
        create={(input) => createBody(region.id, input)}
        onChanged={onChanged}
      />
      <RegionOrganisations regionId={region.id} />
    </section>
  );
}
