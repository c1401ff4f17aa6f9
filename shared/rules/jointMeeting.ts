/**
 * The forums whose members see a meeting as their own: its forum, and the
 * forum it is held jointly with (fællesmøde), if any.
 */
export function meetingForumIds(meeting: { forumId: string; jointForumId: string | null }): string[] {
  return meeting.jointForumId ? [meeting.forumId, meeting.jointForumId] : [meeting.forumId];
}

/** The heading of a joint meeting as the minutes write it: "Fællesmøde: Driftsgruppen Syd og Styregruppen Syd". */
export function jointMeetingHeading(forumName: string, jointForumName: string): string {
  return `Fællesmøde: ${forumName} og ${jointForumName}`;
}
