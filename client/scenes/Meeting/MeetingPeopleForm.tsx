import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormSubmit } from "../../components/useFormSubmit.js";
import type { MeetingDetails } from "../../http/types.js";
import { MeetingPeopleFields, NO_PEOPLE } from "../NewMeeting/MeetingPeopleFields.js";
import type { MeetingPeople } from "../NewMeeting/newMeetingApi.js";
import { changeMeetingPeople } from "./meetingHeadingApi.js";

interface MeetingPeopleFormProps {
  meeting: MeetingDetails;
  onSaved(meeting: MeetingDetails): void;
  onCancel(): void;
}

/** Changes a meeting's host and mødeleder; a default mødeleder (the host's sector's chair) shows as no choice, so it follows the host. */
export function MeetingPeopleForm({ meeting, onSaved, onCancel }: MeetingPeopleFormProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const section = useRef<HTMLFormElement>(null);
  const [people, setPeople] = useState<MeetingPeople>({
    ...NO_PEOPLE,
    hostOrganisationId: meeting.host?.id ?? "",
    leaderUserId: meeting.leader && !meeting.leader.isDefault ? meeting.leader.userId : "",
  });
  const { busy, error, onSubmit } = useFormSubmit(async () => onSaved(await changeMeetingPeople(meeting.id, people)));
  useEffect(() => section.current?.querySelector("select")?.focus(), []);

  return (
    <form ref={section} className="meeting-people-form card" aria-labelledby={titleId} onSubmit={onSubmit}>
      <h2 id={titleId}>{t("meeting.heading.formTitle")}</h2>
      <MeetingPeopleFields source={{ meetingId: meeting.id }} value={people} onChange={setPeople} withJointForum={false} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="new-meeting__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t("meeting.heading.saving") : t("meeting.heading.save")}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t("meeting.heading.cancel")}
        </button>
      </div>
    </form>
  );
}
