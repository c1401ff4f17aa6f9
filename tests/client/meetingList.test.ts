import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { nextDeadline } from "../../client/meetingPanels/deadlineLines.js";
import type { MeetingSchedule } from "../../client/meetingPanels/lifecycleApi.js";
import { filterMeetings, groupMeetings, MEETING_LIST_QUERY } from "../../client/scenes/Meetings/meetingListQuery.js";

const meeting = (title: string, startsAt: string | null, forumId = "chef") => ({ title, startsAt, forumId });
const titles = (list: { title: string }[]) => list.map((m) => m.title);
// The key of each text is enough here: the tests look at which deadline is chosen.
const t = ((key: string) => key) as unknown as TFunction;

const schedule = (fields: Partial<MeetingSchedule>): MeetingSchedule => ({
  status: "planlagt",
  statusLabel: "",
  dateProblem: null,
  deadlines: { agendaDue: "2026-11-13", minutesDue: "2026-12-04", commentPeriodEndsOn: null },
  deadlinesFirm: true,
  warnings: [],
  agendaSentAt: null,
  minutesSentAt: null,
  approvedAt: null,
  publishedAt: null,
  cancelledAt: null,
  cancelReason: null,
  ...fields,
});

describe("the meeting list's groups", () => {
  it("puts today's and later meetings first, soonest first, and earlier ones after, newest first", () => {
    const { upcoming, earlier } = groupMeetings(
      [
        meeting("Marts", "2026-03-10T09:00:00Z"),
        meeting("I dag, tidligt", "2026-11-27T06:30:00Z"),
        meeting("December", "2026-12-14T13:00:00Z"),
        meeting("Ugyldig dato", null),
        meeting("Januar", "2026-01-12T09:00:00Z"),
        meeting("I morgen", "2026-11-28T09:00:00Z"),
      ],
      "2026-11-27",
    );
    expect(titles(upcoming)).toEqual(["I dag, tidligt", "I morgen", "December", "Ugyldig dato"]);
    expect(titles(earlier)).toEqual(["Marts", "Januar"]);
  });

  it("counts the day in Copenhagen: 23.30 UTC on the 26th is already the 27th there", () => {
    const { upcoming } = groupMeetings([meeting("Sent aften", "2026-11-26T23:30:00Z")], "2026-11-27");
    expect(titles(upcoming)).toEqual(["Sent aften"]);
  });
});

describe("the meeting list's filters", () => {
  const meetings = [meeting("Chefforum marts", "2026-03-10T09:00:00Z"), meeting("Driftsforum marts", "2026-03-11T09:00:00Z", "drift"), meeting("Chefforum maj", "2026-05-12T09:00:00Z")];
  const describeMeeting = (m: { title: string }) => `${m.title} Mødelokale Ø`;

  it("keeps the chosen forum's meetings whose card holds every word, in any case", () => {
    expect(titles(filterMeetings(meetings, { forum: "chef", q: "" }, describeMeeting))).toEqual(["Chefforum marts", "Chefforum maj"]);
    expect(titles(filterMeetings(meetings, { forum: "", q: "MARTS  mødelokale ø" }, describeMeeting))).toEqual(["Chefforum marts", "Driftsforum marts"]);
    expect(titles(filterMeetings(meetings, { forum: "drift", q: "maj" }, describeMeeting))).toEqual([]);
  });

  it("keeps only the filters in use in the URL", () => {
    expect(MEETING_LIST_QUERY.write({ forum: "", q: "" }).toString()).toBe("");
    expect(MEETING_LIST_QUERY.write({ forum: "chef", q: "marts 2021" }).toString()).toBe("forum=chef&q=marts+2021");
    expect(MEETING_LIST_QUERY.read(new URLSearchParams("q=maj"))).toEqual({ forum: "", q: "maj" });
  });
});

describe("a meeting card's next deadline", () => {
  const next = (fields: Partial<MeetingSchedule>) => nextDeadline(schedule(fields), "da", t)?.deadline ?? null;

  it("follows the meeting through its states", () => {
    expect(next({ status: "dagsorden_kladde" })).toBe("agenda");
    expect(next({ status: "dagsorden_udsendt", agendaSentAt: "2026-11-12T10:00:00Z" })).toBe("minutes");
    expect(next({ status: "referat_udsendt", deadlines: { agendaDue: "2026-11-13", minutesDue: "2026-12-04", commentPeriodEndsOn: "2026-12-10" } })).toBe("comments");
    expect(next({ status: "godkendt" })).toBeNull();
  });

  it("says why a meeting was cancelled, and that an impossible date has no deadlines", () => {
    expect(next({ status: "aflyst", cancelReason: "Formanden er syg" })).toBe("cancelled");
    expect(next({ deadlines: null, dateProblem: "out_of_range" })).toBe("date");
  });
});
