import { copenhagenDate } from "../../../shared/rules/copenhagenTime.js";
import type { UrlQueryCodec } from "../../components/useUrlQuery.js";
import type { Meeting } from "../../http/types.js";

/** The meeting list's filters, kept in the URL (?forum=…&q=…). */
export interface MeetingListQuery {
  /** A forum's id; empty for every forum. */
  forum: string;
  /** Words that must all occur in the meeting's card; empty for no search. */
  q: string;
}

/** How the meeting list's filters are read from and written to its URL; empty filters are left out. */
export const MEETING_LIST_QUERY: UrlQueryCodec<MeetingListQuery> = {
  read: (params) => ({ forum: params.get("forum") ?? "", q: params.get("q") ?? "" }),
  write: (query) => {
    const params = new URLSearchParams();
    if (query.forum) params.set("forum", query.forum);
    if (query.q) params.set("q", query.q);
    return params;
  },
};

/** The meetings ahead (today's included), soonest first, and the earlier ones, newest first. */
export interface MeetingGroups<M> {
  upcoming: M[];
  earlier: M[];
}

type Dated = Pick<Meeting, "startsAt">;

// A stored date that holds no instant sorts after every real one, among the upcoming: it needs correcting.
const dayOf = (meeting: Dated): string | null => {
  const time = meeting.startsAt === null ? Number.NaN : Date.parse(meeting.startsAt);
  return Number.isNaN(time) ? null : copenhagenDate(new Date(time));
};

/**
 * Splits meetings into upcoming and earlier by their day in Copenhagen, so a
 * meeting stays upcoming all of the day it is held. `today` is YYYY-MM-DD.
 */
export function groupMeetings<M extends Dated>(meetings: M[], today: string): MeetingGroups<M> {
  const upcoming: M[] = [];
  const earlier: M[] = [];
  for (const meeting of meetings) {
    const day = dayOf(meeting);
    (day === null || day >= today ? upcoming : earlier).push(meeting);
  }
  const instant = (meeting: Dated) => (dayOf(meeting) === null ? Number.POSITIVE_INFINITY : Date.parse(meeting.startsAt!));
  upcoming.sort((a, b) => instant(a) - instant(b));
  earlier.sort((a, b) => instant(b) - instant(a));
  return { upcoming, earlier };
}

const normalise = (text: string) => text.toLocaleLowerCase("da").normalize("NFC");

/**
 * The meetings of the chosen forum (a joint meeting is both its forums') whose
 * card text (`describe`: title, forum, date, place, status as shown) holds
 * every word searched for, in any case.
 */
export function filterMeetings<M extends Pick<Meeting, "forumId"> & { jointForumId?: string | null }>(meetings: M[], query: MeetingListQuery, describe: (meeting: M) => string): M[] {
  const words = normalise(query.q).split(/\s+/).filter(Boolean);
  return meetings.filter((meeting) => {
    if (query.forum && meeting.forumId !== query.forum && meeting.jointForumId !== query.forum) return false;
    const text = normalise(describe(meeting));
    return words.every((word) => text.includes(word));
  });
}
