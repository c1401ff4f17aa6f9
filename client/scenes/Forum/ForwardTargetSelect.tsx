import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../http/useApi.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { fetchForums } from "../NewMeeting/newMeetingApi.js";
import type { LadderForum } from "../../../shared/protocol/forumLadder.js";
import { fetchLadder, type PlannedMeeting } from "./forumApi.js";

interface ForwardTargetSelectProps {
  /** The forum forwarding. */
  forumId: string;
  /** Where the escalation came from; it cannot go back there. */
  originForumId: string;
  /** The forwarding forum's meetings: the ladder is read through one of them. */
  meetings: PlannedMeeting[];
  value: string;
  onChange(forumId: string): void;
}

const DIRECTIONS = ["op", "ned", "side"] as const;

/** A forum an escalation can be forwarded to, and which way that goes. */
type ForwardTarget = Pick<LadderForum, "id" | "name" | "direction">;

// The ladder comes with a meeting's context; a forum without meetings offers the user's own forums.
async function targets(meetings: PlannedMeeting[], signal: AbortSignal): Promise<ForwardTarget[]> {
  if (meetings[0]) return fetchLadder(meetings[0].id, signal);
  return (await fetchForums(signal)).map((f) => ({ id: f.id, name: f.name, direction: "side" as const }));
}

/** Picks the forum of the ladder an escalation is forwarded to, grouped up, down and sideways. */
export function ForwardTargetSelect({ forumId, originForumId, meetings, value, onChange }: ForwardTargetSelectProps) {
  const { t } = useTranslation();
  const ladder = useApi((signal) => targets(meetings, signal), `${forumId}/${meetings[0]?.id ?? "none"}`);
  const options = ladder.status === "done" ? ladder.data.filter((f) => f.id !== forumId && f.id !== originForumId) : [];
  const first = options[0]?.id ?? "";
  useEffect(() => {
    if (!value && first) onChange(first);
  }, [value, first, onChange]);

  if (ladder.status === "loading") return <p role="status">{t("forum.actions.loadingForums")}</p>;
  if (ladder.status === "failed") {
    return (
      <p className="form-error" role="alert">
        {errorMessage(ladder.error, t)}
      </p>
    );
  }
  if (options.length === 0) {
    return (
      <p className="form-error" role="alert">
        {t("forum.actions.noTargets")}
      </p>
    );
  }
  return (
    <label className="field">
      <span>{t("forum.actions.target")}</span>
      <select required value={value} onChange={(e) => onChange(e.target.value)}>
        {DIRECTIONS.map((direction) => {
          const group = options.filter((f) => f.direction === direction);
          return (
            group.length > 0 && (
              <optgroup key={direction} label={t(`forum.actions.directions.${direction}`)}>
                {group.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.name}
                  </option>
                ))}
              </optgroup>
            )
          );
        })}
      </select>
    </label>
  );
}
