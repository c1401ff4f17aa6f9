import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useResource } from "../../http/useResource.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import type { Forum } from "../NewMeeting/newMeetingApi.js";
import { AgreementForm } from "./AgreementForm.js";
import { AgreementRow } from "./AgreementRow.js";
import { createAgreement, fetchAgreements } from "./agreementsApi.js";
import { ForumSection } from "./ForumSection.js";

/**
 * The årshjul: the year wheel the server draws (meetings and the agreements
 * reviewed at each), and the agreements as a list, which chairs and the
 * secretariat keep up to date.
 */
export function YearWheel({ forum, year }: { forum: Forum; year: number }) {
  const { t } = useTranslation();
  const agreements = useResource((signal) => fetchAgreements(forum.id, signal), forum.id);
  const [adding, setAdding] = useState(false);
  // Bumped after each change so the browser fetches the redrawn wheel.
  const [drawn, setDrawn] = useState(0);
  const changed = () => {
    agreements.reload();
    setDrawn((n) => n + 1);
  };
  const list = agreements.state.status === "done" ? agreements.state.data : [];

  return (
    <ForumSection id="aarshjul" title={t("forum.wheel.title", { year })}>
      <div className="year-wheel">
        <img
          className="year-wheel__image"
          src={`/api/forums/${encodeURIComponent(forum.id)}/aarshjul.svg?year=${year}&v=${drawn}`}
          alt={t("forum.wheel.alt", { forum: forum.name, year })}
          width={420}
          height={420}
        />
        <div className="year-wheel__list">
          <h3>{t("forum.wheel.agreements")}</h3>
          {agreements.state.status === "loading" && <p role="status">{t("forum.wheel.loading")}</p>}
          {agreements.state.status === "failed" && (
            <p className="form-error" role="alert">
              {errorMessage(agreements.state.error, t)}
            </p>
          )}
          {agreements.state.status === "done" && list.length === 0 && <p className="empty-state">{t("forum.wheel.empty")}</p>}
          {list.length > 0 && (
            <ul className="agreement-list">
              {list.map((agreement) => (
                <AgreementRow key={agreement.id} agreement={agreement} canEdit={forum.canEdit} onChanged={changed} />
              ))}
            </ul>
          )}
          {forum.canEdit && !adding && (
            <button type="button" className="button" onClick={() => setAdding(true)}>
              {t("forum.wheel.add")}
            </button>
          )}
          {adding && (
            <AgreementForm
              title={t("forum.wheel.addTitle")}
              submitLabel={t("forum.wheel.add")}
              onCancel={() => setAdding(false)}
              onSubmit={async (input) => {
                await createAgreement(forum.id, input);
                setAdding(false);
                changed();
              }}
            />
          )}
        </div>
      </div>
    </ForumSection>
  );
}
