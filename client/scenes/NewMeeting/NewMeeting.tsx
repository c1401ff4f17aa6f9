import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../http/useApi.js";
import { NewMeetingForm } from "./NewMeetingForm.js";
import { fetchForums } from "./newMeetingApi.js";
import "./newMeeting.css";

const FORM_ID = "new-meeting";

/**
 * "Nyt møde" on the meeting list: shown only to chairs and the secretariat
 * (those who may edit in some forum); it opens the form below it.
 */
export function NewMeeting() {
  const { t } = useTranslation();
  const forums = useApi(fetchForums, "forums");
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const editable = forums.status === "done" ? forums.data.filter((forum) => forum.canEdit) : [];
  if (editable.length === 0) return null;

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="button button--primary new-meeting__open"
        aria-expanded={open}
        aria-controls={open ? FORM_ID : undefined}
        onClick={() => setOpen(!open)}
      >
        {t("newMeeting.open")}
      </button>
      {open && <NewMeetingForm id={FORM_ID} forums={editable} onCancel={close} />}
    </>
  );
}
