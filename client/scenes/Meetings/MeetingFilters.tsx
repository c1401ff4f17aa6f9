import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { UrlQuerySetter } from "../../components/useUrlQuery.js";
import type { MeetingListQuery } from "./meetingListQuery.js";

interface MeetingFiltersProps {
  query: MeetingListQuery;
  /** The forums the listed meetings belong to, by name. */
  forums: { id: string; name: string }[];
  onChange: UrlQuerySetter<MeetingListQuery>;
  /** How many meetings the filters let through, of how many. */
  shown: number;
  total: number;
}

/** Finding a meeting: a forum to show and words to search for, both kept in the URL; the count is announced as it changes. */
export function MeetingFilters({ query, forums, onChange, shown, total }: MeetingFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const filtered = query.forum !== "" || query.q !== "";
  return (
    <search className="meeting-filters" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t("meetings.findTitle")}
      </h2>
      <label className="field">
        <span>{t("meetings.forumFilter")}</span>
        <select value={query.forum} onChange={(e) => onChange({ forum: e.target.value })}>
          <option value="">{t("meetings.allForums")}</option>
          {forums.map((forum) => (
            <option key={forum.id} value={forum.id}>
              {forum.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field meeting-filters__search">
        <span>{t("meetings.search")}</span>
        <input type="search" value={query.q} placeholder={t("meetings.searchHint")} onChange={(e) => onChange({ q: e.target.value }, { replace: true })} />
      </label>
      {filtered && (
        <button type="button" className="button button--quiet meeting-filters__clear" onClick={() => onChange({ forum: "", q: "" })}>
          {t("meetings.clearFilters")}
        </button>
      )}
      <p className="meeting-filters__count muted" role="status">
        {filtered ? t("meetings.shown", { shown, count: total }) : ""}
      </p>
    </search>
  );
}
