import { useId, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Sector } from "../../../shared/region/vocabulary.js";
import { meetingLeader } from "../../../shared/rules/meetingLeader.js";
import { useApi } from "../../http/useApi.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { fetchMeetingOptions, type MeetingOptions, type MeetingPeople, type OptionsSource } from "./newMeetingApi.js";

/** No host, the default mødeleder, no joint forum. */
export const NO_PEOPLE: MeetingPeople = { hostOrganisationId: "", leaderUserId: "", jointForumId: "" };

interface MeetingPeopleFieldsProps {
  /** A new meeting's forum, or the meeting whose heading is changed: its forum's region's organisations and its chairs are offered. */
  source: OptionsSource;
  value: MeetingPeople;
  onChange(next: MeetingPeople): void;
  /** Offer the joint forum too: it is chosen when the meeting is planned, not later. */
  withJointForum: boolean;
}

/**
 * The host organisation, the mødeleder and (for a new meeting) the forum it
 * is held jointly with, from what the forum's planners may choose. Left
 * unchosen, the mødeleder is the chair of the host's sector, and the first
 * choice says who that is before anything is saved.
 */
export function MeetingPeopleFields({ source, value, onChange, withJointForum }: MeetingPeopleFieldsProps) {
  const { t } = useTranslation();
  const options = useApi((signal) => fetchMeetingOptions(source, signal), JSON.stringify(source));
  if (options.status === "loading") return <p className="muted">{t("newMeeting.people.loading")}</p>;
  if (options.status === "failed") {
    return (
      <p className="form-error" role="alert">
        {errorMessage(options.error, t)}
      </p>
    );
  }
  return <PeopleChoices options={options.data} value={value} onChange={onChange} withJointForum={withJointForum} />;
}

function PeopleChoices({ options, value, onChange, withJointForum }: Omit<MeetingPeopleFieldsProps, "source"> & { options: MeetingOptions }) {
  const { t } = useTranslation();
  const hintId = useId();
  const set = (field: keyof MeetingPeople) => (event: ChangeEvent<HTMLSelectElement>) => onChange({ ...value, [field]: event.target.value });
  const sector = (s: Sector | null) => (s ? ` (${t(`newMeeting.people.sectors.${s}`)})` : "");

  const hostSector = options.organisations.find((o) => o.id === value.hostOrganisationId)?.sector ?? null;
  const fallback = meetingLeader(null, options.chairs, hostSector);
  const fallbackName = fallback && options.chairs.find((c) => c.userId === fallback.userId)?.name;
  const leaderDefault = !value.hostOrganisationId
    ? t("newMeeting.people.leaderNoHost")
    : fallbackName
      ? t("newMeeting.people.leaderDefault", { name: fallbackName })
      : t("newMeeting.people.leaderNoDefault");

  return (
    <>
      <label className="field">
        <span>{t("newMeeting.people.host")}</span>
        <select name="hostOrganisationId" value={value.hostOrganisationId} onChange={set("hostOrganisationId")}>
          <option value="">{t("newMeeting.people.hostNone")}</option>
          {options.organisations.map((org) => (
            <option key={org.id} value={org.id}>
              {org.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("newMeeting.people.leader")}</span>
        <select name="leaderUserId" value={value.leaderUserId} onChange={set("leaderUserId")}>
          <option value="">{leaderDefault}</option>
          {options.chairs.map((chair) => (
            <option key={chair.userId} value={chair.userId}>
              {chair.name}
              {sector(chair.sector)}
            </option>
          ))}
        </select>
      </label>
      {withJointForum && options.jointForums.length > 0 && (
        <>
          <label className="field">
            <span>{t("newMeeting.people.joint")}</span>
            <select name="jointForumId" value={value.jointForumId} onChange={set("jointForumId")} aria-describedby={hintId}>
              <option value="">{t("newMeeting.people.jointNone")}</option>
              {options.jointForums.map((forum) => (
                <option key={forum.id} value={forum.id}>
                  {forum.name}
                </option>
              ))}
            </select>
          </label>
          <p id={hintId} className="muted new-meeting__hint">
            {t("newMeeting.people.jointHint")}
          </p>
        </>
      )}
    </>
  );
}
