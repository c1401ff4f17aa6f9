import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { errorMessage } from "../../i18n/errorMessage.js";
import { defaultMeetingTitle, isPastStart, meetingDateBounds, meetingStart } from "./meetingTime.js";
import { MeetingPeopleFields, NO_PEOPLE } from "./MeetingPeopleFields.js";
import { chosenPeople, createMeeting, type CreatedMeeting, type Forum, type MeetingPeople } from "./newMeetingApi.js";

interface NewMeetingFormProps {
  id: string;
  /** The forums the user may plan meetings for; at least one. */
  forums: Forum[];
  onCancel(): void;
}

/**
 * The form that plans a meeting: forum, title ("<forum> <date>" until the
 * user writes their own; left empty, it is filled in visibly on submit),
 * date and time in Copenhagen time, place, host, mødeleder and a forum to
 * hold it jointly with. A
 * date in the past is allowed and said to bring an earlier meeting in. On
 * success it opens the new meeting, whose agenda the server has filled; when
 * the server warns about the date (a holiday) it says so first.
 */
export function NewMeetingForm({ id, forums, onCancel }: NewMeetingFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fieldId = useId();
  const firstField = useRef<HTMLSelectElement>(null);
  const [forumId, setForumId] = useState(forums[0].id);
  // Null while the title follows the chosen forum and date.
  const [ownTitle, setOwnTitle] = useState<string | null>(null);
  const [date, setDate] = useState("");
  const [time, setTime] = useState("");
  const [place, setPlace] = useState("");
  // Chosen among the forum's organisations and chairs, so a new forum starts them over.
  const [people, setPeople] = useState<MeetingPeople>(NO_PEOPLE);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CreatedMeeting | null>(null);
  const openCreated = useRef<HTMLButtonElement>(null);
  const forumName = forums.find((forum) => forum.id === forumId)?.name ?? "";
  const defaultTitle = defaultMeetingTitle(forumName, date);
  const title = ownTitle ?? defaultTitle;
  const errorId = `${fieldId}-error`;
  const invalid = error ? true : undefined;

  useEffect(() => firstField.current?.focus(), []);
  useEffect(() => openCreated.current?.focus(), [created]);
  const now = new Date();
  const bounds = meetingDateBounds(now);
  // Without a time yet, a date is past only when the whole day is.
  const past = date !== "" && isPastStart(meetingStart(date, time || "23:59"), now);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The inputs are required, so the browser only submits a complete date and time.
    const startsAt = meetingStart(date, time);
    if (!startsAt) return;
    // An emptied title gets the default back, in the field as well as in the request.
    if (!title.trim()) setOwnTitle(null);
    setBusy(true);
    setError(null);
    try {
      const answer = await createMeeting({ forumId, title: title.trim() || defaultTitle, startsAt, place, ...chosenPeople(people) });
      if (answer.warnings.length === 0) navigate(`/m/${answer.meeting.id}`);
      else setCreated(answer);
    } catch (failure) {
      setError(errorMessage(failure, t));
      setBusy(false);
    }
  };

  if (created) {
    return (
      <section id={id} className="new-meeting card" aria-labelledby={`${fieldId}-title`}>
        <h2 id={`${fieldId}-title`}>{t("newMeeting.title")}</h2>
        <div role="status" data-testid="new-meeting-warnings">
          <p>{t("newMeeting.created")}</p>
          <ul className="new-meeting__warnings">
            {created.warnings.map((warning) => (
              <li key={warning.code}>{warning.message}</li>
            ))}
          </ul>
        </div>
        <button ref={openCreated} type="button" className="button button--primary" onClick={() => navigate(`/m/${created.meeting.id}`)}>
          {t("newMeeting.openMeeting")}
        </button>
      </section>
    );
  }

  return (
    <section id={id} className="new-meeting card" aria-labelledby={`${fieldId}-title`}>
      <h2 id={`${fieldId}-title`}>{t("newMeeting.title")}</h2>
      <form onSubmit={onSubmit} aria-describedby={error ? errorId : undefined}>
        <label className="field">
          <span>{t("newMeeting.forum")}</span>
          <select
            ref={firstField}
            name="forumId"
            value={forumId}
            onChange={(e) => {
              setForumId(e.target.value);
              setPeople(NO_PEOPLE);
            }}
          >
            {forums.map((forum) => (
              <option key={forum.id} value={forum.id}>
                {forum.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("newMeeting.meetingTitle")}</span>
          <input name="title" maxLength={200} value={title} placeholder={defaultTitle} onChange={(e) => setOwnTitle(e.target.value)} />
        </label>
        <div className="new-meeting__when">
          <label className="field">
            <span>{t("newMeeting.date")}</span>
            <input type="date" name="date" required min={bounds.min} max={bounds.max} value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={invalid} aria-describedby={past ? `${fieldId}-past` : undefined} />
          </label>
          <label className="field">
            <span>{t("newMeeting.time")}</span>
            <input type="time" name="time" required value={time} onChange={(e) => setTime(e.target.value)} aria-invalid={invalid} aria-describedby={`${fieldId}-zone`} />
          </label>
        </div>
        <p id={`${fieldId}-zone`} className="muted new-meeting__hint">
          {t("newMeeting.timeZone")}
        </p>
        {past && (
          <p id={`${fieldId}-past`} className="new-meeting__past" data-testid="new-meeting-past">
            {t("newMeeting.past")}
          </p>
        )}
        <label className="field">
          <span>{t("newMeeting.place")}</span>
          <input name="place" maxLength={300} value={place} onChange={(e) => setPlace(e.target.value)} />
        </label>
        <MeetingPeopleFields source={{ forumId }} value={people} onChange={setPeople} withJointForum />
        {error && (
          <p id={errorId} className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="new-meeting__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t("newMeeting.submitting") : t("newMeeting.submit")}
          </button>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t("newMeeting.cancel")}
          </button>
        </div>
      </form>
    </section>
  );
}
