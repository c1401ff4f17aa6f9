import { useTranslation } from "react-i18next";
import { PageStatus } from "../../components/PageStatus.js";
import { useDocumentTitle } from "../../components/useDocumentTitle.js";
import { useResource } from "../../http/useResource.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { fetchAdminClusters } from "./adminApi.js";
import { AccessLogExport } from "./AccessLogExport.js";
import { DaysOffSettings } from "./DaysOffSettings.js";
import { ForumAdminList } from "./ForumAdminList.js";
import "./admin.css";

/** Administration (/admin): for each cluster the user runs, its days off, forums with their rules, and members. */
export function AdminPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("admin.title"));
  const clusters = useResource(fetchAdminClusters, "admin-clusters");

  return (
    <section className="page page--wide admin" aria-labelledby="admin-title">
      <h1 id="admin-title">{t("admin.title")}</h1>
      {clusters.state.status === "loading" && <PageStatus>{t("admin.loading")}</PageStatus>}
      {clusters.state.status === "failed" && (
        <p className="form-error" role="alert">
          {errorMessage(clusters.state.error, t)}
        </p>
      )}
      {clusters.state.status === "done" && clusters.state.data.length === 0 && <p className="empty-state">{t("admin.none")}</p>}
      {clusters.state.status === "done" &&
        clusters.state.data.map((cluster) => (
          <section key={cluster.id} className="cluster card" aria-labelledby={`cluster-${cluster.id}`} data-testid="admin-cluster">
            <h2 id={`cluster-${cluster.id}`}>{cluster.name}</h2>
            <DaysOffSettings cluster={cluster} />
            <ForumAdminList cluster={cluster} onChanged={clusters.reload} />
          </section>
        ))}
      {clusters.state.status === "done" && clusters.state.data.length > 0 && <AccessLogExport />}
    </section>
  );
}
