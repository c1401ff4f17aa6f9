import type { TFunction } from "i18next";
import type { Meeting } from "../../http/types.js";

/** The forum a meeting is shown under: its own, or both for a joint meeting ("Fællesmøde: Driftsgruppen Syd og Styregruppen Syd"). */
export function meetingForumLabel(meeting: Pick<Meeting, "forumName" | "jointForumName">, t: TFunction): string {
  return meeting.jointForumName ? t("meeting.heading.joint", { forum: meeting.forumName, joint: meeting.jointForumName }) : meeting.forumName;
}

/** The forums a list of meetings belongs to, by name: a joint meeting belongs to both of its forums. */
export function forumsOfMeetings(meetings: Pick<Meeting, "forumId" | "forumName" | "jointForumId" | "jointForumName">[]): { id: string; name: string }[] {
  const forums = new Map<string, string>();
  for (const m of meetings) {
    forums.set(m.forumId, m.forumName);
    if (m.jointForumId && m.jointForumName) forums.set(m.jointForumId, m.jointForumName);
  }
  return [...forums].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, "da"));
}
