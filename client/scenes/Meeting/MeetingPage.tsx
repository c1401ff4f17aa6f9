import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { fetchMeeting } from "../../http/endpoints.js";
import { useApi } from "../../http/useApi.js";
import { PageStatus } from "../../components/PageStatus.js";
import { useDocumentTitle } from "../../components/useDocumentTitle.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { MeetingHeader } from "./MeetingHeader.js";
import { MeetingWorkspace } from "./MeetingWorkspace.js";

/** The page of one meeting, `/m/:meetingId`: its heading and the live workspace. */
export function MeetingPage() {
  const { t } = useTranslation();
  const meetingId = useParams().meetingId ?? "";
  const state = useApi((signal) => fetchMeeting(meetingId, signal), meetingId);
  useDocumentTitle(state.status === "done" ? `${state.data.title}, ${state.data.forumName}` : undefined);

  if (state.status === "loading") {
    return <PageStatus>{t("meeting.loading")}</PageStatus>;
  }
  if (state.status === "failed") {
    return (
      <p className="form-error page-status" role="alert">
        {errorMessage(state.error, t)}
      </p>
    );
  }
  return (
    <div className="page page--wide">
      <MeetingHeader key={state.data.id} meeting={state.data} />
      <MeetingWorkspace key={state.data.documentId} meeting={state.data} />
    </div>
  );
}
