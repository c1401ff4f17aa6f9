import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ACTION_STATUSES, type ActionStatus } from "../../../shared/editor/vocabulary.js";
import type { UrlQuerySetter } from "../../components/useUrlQuery.js";
import { useApi } from "../../http/useApi.js";
import type { Forum } from "../NewMeeting/newMeetingApi.js";
import { fetchOrganisations } from "../Admin/adminApi.js";
import { SCOPES, SORTS, writeQuery, type FollowUpQuery, type Sort } from "./followUpQuery.js";

interface FollowUpFiltersProps {
  query: FollowUpQuery;
  forums: Pick<Forum, "id" | "name">[];
  /** The forum shown in scope "forum" (the chosen one, or the first). */
  forumId: string;
  onChange: UrlQuerySetter<FollowUpQuery>;
}

/** The dashboard's controls: whose items (links, so each scope has its own URL), forum or organisation, statuses and order. */
export function FollowUpFilters({ query, forums, forumId, onChange }: FollowUpFiltersProps) {
  const { t } = useTranslation();
  const toggle = (status: ActionStatus, on: boolean) =>
    onChange((latest) => ({ statuses: ACTION_STATUSES.filter((s) => (s === status ? on : latest.statuses.includes(s))) }));

  return (
    <div className="follow-up__filters">
      <nav className="scope-tabs" aria-label={t("followUp.scopeLabel")}>
        {SCOPES.map((scope) => (
          <Link key={scope} to={`?${writeQuery({ ...query, scope })}`} aria-current={scope === query.scope ? "page" : undefined} className="scope-tabs__tab">
            {t(`followUp.scopes.${scope}`)}
          </Link>
        ))}
      </nav>
      <div className="follow-up__controls">
        {query.scope === "forum" && forums.length > 0 && (
          <label className="field field--inline">
            <span>{t("followUp.forum")}</span>
            <select value={forumId} onChange={(e) => onChange({ forumId: e.target.value })}>
              {forums.map((forum) => (
                <option key={forum.id} value={forum.id}>
                  {forum.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {query.scope === "organisation" && <OrganisationSelect value={query.organisationId} onChange={(organisationId) => onChange({ organisationId })} />}
        <fieldset className="status-filter">
          <legend>{t("followUp.statusFilter")}</legend>
          {ACTION_STATUSES.map((status) => (
            <label key={status} className="check">
              <input type="checkbox" checked={query.statuses.includes(status)} onChange={(e) => toggle(status, e.target.checked)} />
              {t(`followUp.statuses.${status}`)}
            </label>
          ))}
        </fieldset>
        <label className="field field--inline">
          <span>{t("followUp.sort")}</span>
          <select value={query.sort} onChange={(e) => onChange({ sort: e.target.value as Sort })}>
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`followUp.sorts.${sort}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}

function OrganisationSelect({ value, onChange }: { value: string; onChange(organisationId: string): void }) {
  const { t } = useTranslation();
  const organisations = useApi(fetchOrganisations, "organisations");
  return (
    <label className="field field--inline">
      <span>{t("followUp.organisation")}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("followUp.ownOrganisation")}</option>
        {organisations.status === "done" &&
          organisations.data.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
      </select>
    </label>
  );
}
