import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useApi } from "../http/useApi.js";
import { fetchAdminClusters } from "../scenes/Admin/adminApi.js";

/** The main menu for a logged-in user: meetings, follow-up, forums, and administration for cluster admins. */
export function AppNav({ userId }: { userId: string }) {
  const { t } = useTranslation();
  // Keyed by user, so logging in as someone else asks again.
  const clusters = useApi(fetchAdminClusters, `admin-clusters/${userId}`);
  const isAdmin = clusters.status === "done" && clusters.data.length > 0;
  return (
    <nav className="app-nav" aria-label={t("header.nav")}>
      <NavLink to="/" end>
        {t("header.meetings")}
      </NavLink>
      <NavLink to="/opfoelgning">{t("header.followUp")}</NavLink>
      <NavLink to="/fora">{t("header.forums")}</NavLink>
      {isAdmin && <NavLink to="/admin">{t("header.admin")}</NavLink>}
    </nav>
  );
}
