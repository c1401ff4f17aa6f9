import { useTranslation } from "react-i18next";
import { PageStatus } from "../../components/PageStatus.js";
import { useDocumentTitle } from "../../components/useDocumentTitle.js";
import { useResource } from "../../http/useResource.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { AccessLogExport } from "./AccessLogExport.js";
import { createForum, fetchAdminClusters } from "./adminApi.js";
import { DaysOffSettings } from "./DaysOffSettings.js";
import { ForumAdminList } from "./ForumAdminList.js";
import { clusterParentOptions } from "./parentOptions.js";
import { RegionAdmin } from "./RegionAdmin.js";
import { fetchAdminRegions } from "./regionApi.js";
import "./admin.css";

/**
 * Administration (/admin): for each region the user runs, its clusters,
 * bodies and organisations; for each cluster the user runs, its days off,
 * forums with their rules, and members.
 */
export function AdminPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("admin.title"));
  const clusters = useResource(fetchAdminClusters, "admin-clusters");
  const regions = useResource(fetchAdminRegions, "admin-regions");
  // A new cluster or body changes both lists: the region admin runs every cluster of the region.
  const reload = () => {
    clusters.reload();
    regions.reload();
  };
  const failed = [clusters.state, regions.state].find((state) => state.status === "failed");
  const none = clusters.state.status === "done" && clusters.state.data.length === 0 && regions.state.status === "done" && regions.state.data.length === 0;

  return (
    <section className="page page--wide admin" aria-labelledby="admin-title">
      <h1 id="admin-title">{t("admin.title")}</h1>
      {(clusters.state.status === "loading" || regions.state.status === "loading") && <PageStatus>{t("admin.loading")}</PageStatus>}
      {failed?.status === "failed" && (
        <p className="form-error" role="alert">
          {errorMessage(failed.error, t)}
        </p>
      )}
      {none && <p className="empty-state">{t("admin.none")}</p>}
      {regions.state.status === "done" && regions.state.data.map((region) => <RegionAdmin key={region.id} region={region} onChanged={reload} />)}
      {clusters.state.status === "done" &&
        clusters.state.data.map((cluster) => (
          <section key={cluster.id} className="cluster card" aria-labelledby={`cluster-${cluster.id}`} data-testid="admin-cluster">
            <h2 id={`cluster-${cluster.id}`}>{cluster.name}</h2>
            <DaysOffSettings cluster={cluster} />
            <ForumAdminList
              id={cluster.id}
              title={t("admin.forums.title")}
              newLabel={t("admin.forums.new")}
              forums={cluster.forums}
              parents={clusterParentOptions(cluster.name, cluster.parentCandidates)}
              newKind="driftsforum"
              create={(input) => createForum(cluster.id, input)}
              onChanged={reload}
            />
          </section>
        ))}
      {clusters.state.status === "done" && clusters.state.data.length > 0 && <AccessLogExport />}
    </section>
  );
}
