import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatMeetingTime } from "../format/date.js";
import { useResource } from "../http/useResource.js";
import { errorMessage } from "../i18n/errorMessage.js";
import { currentLanguage } from "../i18n/index.js";
import type { LifecycleMeeting } from "./lifecycleApi.js";
import { HistoryList } from "./HistoryList.js";
import { VersionCompare } from "./VersionCompare.js";
import { fetchVersions, reviseMinutes, versionPdfPath } from "./versionsApi.js";
import "./panels.css";
import { ActionOutcome } from "../components/ActionOutcome.js";

/**
 * The frozen versions of a meeting's document (agenda sent, minutes sent and
 * revised, approved, published), each with its PDF; the secretariat sends a
 * revised version of commented minutes; any two versions can be compared.
 */
export function VersionsPanel({ meeting }: { meeting: LifecycleMeeting }) {
  const { t } = useTranslation();
  const id = useId();
  const versions = useResource((signal) => fetchVersions(meeting.id, signal), `${meeting.id}/${meeting.status}`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const canRevise = meeting.role === "secretariat" && meeting.status === "referat_udsendt";

  const revise = async () => {
    setBusy(true);
    setError(null);
    try {
      const version = await reviseMinutes(meeting.id);
      setNotice(t("panels.versions.revised", { version }));
      versions.reload();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  const list = versions.state.status === "done" ? versions.state.data : [];

  return (
    <section className="versions" aria-labelledby={`${id}-title`} data-testid="versions-panel">
      <h3 id={`${id}-title`}>{t("panels.versions.title")}</h3>
      {versions.state.status === "failed" && (
        <p className="form-error" role="alert">
          {errorMessage(versions.state.error, t)}
        </p>
      )}
      {versions.state.status === "done" && list.length === 0 && <p className="empty-state">{t("panels.versions.empty")}</p>}
      {list.length > 0 && (
        <ol className="version-list" data-testid="version-list">
          {list.map((v) => (
            <li key={`${v.kind}-${v.version}`}>
              <strong>{t(`panels.versions.kinds.${v.kind}`, { version: v.version })}</strong>{" "}
              <span className="muted">
                {formatMeetingTime(v.createdAt, currentLanguage(), t)}
                {v.by && ` · ${v.by}`}
              </span>{" "}
              <a href={versionPdfPath(meeting.id, v)} download aria-label={t("panels.versions.pdf", { name: t(`panels.versions.kinds.${v.kind}`, { version: v.version }) })}>
                PDF
              </a>
            </li>
          ))}
        </ol>
      )}
      {canRevise && (
        <button type="button" className="button" disabled={busy} onClick={revise}>
          {t("panels.versions.revise")}
        </button>
      )}
      <ActionOutcome notice={notice} error={error} />
      <HistoryList meeting={meeting} />
      {/* Remounted when a version is added, so it offers the two newest. */}
      {list.length >= 2 && <VersionCompare key={list.length} meetingId={meeting.id} versions={list} />}
    </section>
  );
}
