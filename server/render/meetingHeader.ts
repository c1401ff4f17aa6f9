import { jointMeetingHeading } from "../../shared/rules/jointMeeting.js";
import { formatDanishDateTime } from "./danishDate.js";
import type { HeaderFact, MeetingHeader } from "./layout.js";
import type { RenderableMeeting } from "./meetingModel.js";
import { HEADER_LABELS } from "./wording.js";

const given = (value: string | null | undefined): value is string => typeof value === "string" && value.trim().length > 0;

/**
 * The heading every renderer prints: kind, title, the forum line (both
 * forums for a joint meeting, "Fællesmøde: A og B") and the facts: the date,
 * then place, host (vært) and mødeleder only when the meeting has them, so a
 * version frozen before hosts were recorded reads as it always did.
 */
export function meetingHeader(m: RenderableMeeting): MeetingHeader {
  const forum = given(m.jointForumName) ? jointMeetingHeading(m.forumName, m.jointForumName) : m.forumName;
  const optional: [string, string | null | undefined][] = [
    [HEADER_LABELS.place, m.place],
    [HEADER_LABELS.host, m.hostName],
    [HEADER_LABELS.leader, m.leaderName],
  ];
  const facts: HeaderFact[] = [
    { label: HEADER_LABELS.when, value: formatDanishDateTime(m.startsAt) },
    ...optional.filter((pair): pair is [string, string] => given(pair[1])).map(([label, value]) => ({ label, value })),
  ];
  return {
    kindWord: m.kind === "referat" ? "Referat" : "Dagsorden",
    title: m.title,
    forumLine: [forum, m.clusterName].filter((s) => s.trim()).join(", "),
    facts,
  };
}
