import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { danishDay } from "../../shared/rules/danishDateText.js";
import { jointMeetingHeading } from "../../shared/rules/jointMeeting.js";

/** A meeting as a calendar event. */
export interface CalendarMeeting {
  id: string;
  title: string;
  forumName: string;
  /** The second forum of a joint meeting (fællesmøde); null for one forum's meeting. */
  jointForumName: string | null;
  startsAt: Date;
  place: string;
  updatedAt: Date;
  url: string;
  /** The last day the agenda may be sent (YYYY-MM-DD). */
  agendaDue: string;
  /** False when the forum's deadlines only "tilstræbes": the description says so. */
  deadlinesFirm: boolean;
  /** A cancelled meeting stays in the feed as a cancelled event, so calendar programs strike it out. */
  cancelled: boolean;
}

/** Meetings last two hours unless the plan says otherwise. */
const DEFAULT_DURATION_MS = 2 * 60 * 60 * 1000;

/**
 * An iCalendar feed of meetings. The event UID is the meeting id, so a moved
 * meeting updates the event calendar programs already have instead of adding one.
 */
export function meetingCalendar(name: string, meetings: CalendarMeeting[]): string {
  // Times go out in UTC: without a time-zone database ical-generator would label UTC times as local ones.
  const calendar = ical({ name, method: ICalCalendarMethod.PUBLISH, prodId: { company: "Mødebord", product: "Mødeplan", language: "DA" } });
  for (const m of meetings) {
    const forum = m.jointForumName ? jointMeetingHeading(m.forumName, m.jointForumName) : m.forumName;
    const agenda = m.deadlinesFirm ? `Dagsorden udsendes senest ${danishDay(m.agendaDue)}.` : `Dagsorden tilstræbes udsendt senest ${danishDay(m.agendaDue)}.`;
    calendar.createEvent({
      id: `${m.id}@moedebord`,
      start: m.startsAt,
      end: new Date(m.startsAt.getTime() + DEFAULT_DURATION_MS),
      summary: `${m.cancelled ? "AFLYST: " : ""}${forum}: ${m.title}`,
      status: m.cancelled ? ICalEventStatus.CANCELLED : undefined,
      location: m.place || undefined,
      description: m.cancelled ? `Mødet er aflyst.\n${m.url}` : `${agenda}\n${m.url}`,
      url: m.url,
      stamp: m.updatedAt,
      lastModified: m.updatedAt,
    });
  }
  return calendar.toString();
}
