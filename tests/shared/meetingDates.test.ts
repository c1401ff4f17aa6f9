import { describe, expect, it } from "vitest";
import { copenhagenTime } from "../../shared/rules/copenhagenTime.js";
import { DanishCalendar } from "../../shared/rules/danishCalendar.js";
import { danishDateTime, danishDay } from "../../shared/rules/danishDateText.js";
import { isMeetingDateInRange, latestMeetingStart, meetingDateOutOfRange, meetingDateWarnings } from "../../shared/rules/meetingDates.js";

const now = new Date("2026-11-28T10:00:00Z");

describe("the range a meeting's date may have", () => {
  it("takes earlier meetings back to 1 January 2000 (Copenhagen time) and none before", () => {
    expect(isMeetingDateInRange(copenhagenTime(2000, 1, 1, 0, 0), now)).toBe(true);
    expect(isMeetingDateInRange(copenhagenTime(2019, 3, 4, 14, 0), now)).toBe(true);
    // 23.59 on New Year's Eve 1999 in Copenhagen is still 1999 there, though 22.59 UTC.
    expect(isMeetingDateInRange(copenhagenTime(1999, 12, 31, 23, 59), now)).toBe(false);
  });

  it("plans at most ten years ahead", () => {
    expect(latestMeetingStart(now).toISOString()).toBe("2036-11-28T10:00:00.000Z");
    expect(isMeetingDateInRange(new Date("2036-11-28T10:00:00Z"), now)).toBe(true);
    expect(isMeetingDateInRange(new Date("2036-11-28T10:00:01Z"), now)).toBe(false);
    expect(isMeetingDateInRange(new Date("9999-12-31T23:00:00Z"), now)).toBe(false);
  });

  it("refuses a Date that holds no instant", () => {
    expect(isMeetingDateInRange(new Date(Number.NaN), now)).toBe(false);
  });

  it("says why in Danish, naming the last day allowed", () => {
    expect(meetingDateOutOfRange(new Date("1999-06-01T12:00:00Z"), now)).toBe("Mødets dato skal ligge mellem 1. januar 2000 og 28. november 2036 (højst 10 år frem).");
    expect(meetingDateOutOfRange(new Date("2027-06-01T12:00:00Z"), now)).toBeNull();
  });
});

describe("warnings about a meeting's date", () => {
  const calendar = new DanishCalendar();
  const legalOnly = new DanishCalendar({ grundlovsdag: false, juleaftensdag: false, nytaarsaftensdag: false });

  it("names the public holiday a meeting falls on, as the forums write it", () => {
    expect(meetingDateWarnings(copenhagenTime(2025, 6, 9, 10, 0), calendar)).toEqual([{ code: "holiday", message: "9. juni 2025 er 2. pinsedag, en helligdag." }]);
    expect(meetingDateWarnings(copenhagenTime(2027, 5, 6, 10, 0), calendar)[0].message).toBe("6. maj 2027 er Kristi himmelfartsdag, en helligdag.");
    expect(meetingDateWarnings(copenhagenTime(2026, 12, 26, 10, 0), calendar)[0].message).toBe("26. december 2026 er 2. juledag, en helligdag.");
  });

  it("judges the day in Copenhagen, not in UTC", () => {
    // 00.30 on 2. pinsedag in Copenhagen is still the day before in UTC.
    const early = copenhagenTime(2025, 6, 9, 0, 30);
    expect(early.toISOString().slice(0, 10)).toBe("2025-06-08");
    expect(meetingDateWarnings(early, calendar)[0].message).toContain("2. pinsedag");
  });

  it("names the cluster's extra days off only where the cluster keeps them", () => {
    expect(meetingDateWarnings(copenhagenTime(2025, 6, 5, 10, 0), calendar)).toEqual([{ code: "holiday", message: "5. juni 2025 er grundlovsdag, en fridag i klyngen." }]);
    expect(meetingDateWarnings(copenhagenTime(2025, 6, 5, 10, 0), legalOnly)).toEqual([]);
    expect(meetingDateWarnings(copenhagenTime(2025, 12, 31, 10, 0), calendar)[0].message).toBe("31. december 2025 er nytårsaftensdag, en fridag i klyngen.");
  });

  it("is silent on an ordinary working day and on an unreadable date", () => {
    expect(meetingDateWarnings(copenhagenTime(2025, 6, 10, 10, 0), calendar)).toEqual([]);
    expect(meetingDateWarnings(new Date(Number.NaN), calendar)).toEqual([]);
  });
});

describe("Danish date wording", () => {
  it("writes days and times as Danes do, in Copenhagen time", () => {
    expect(danishDay("2023-11-27")).toBe("27. november 2023");
    expect(danishDateTime(new Date("2023-11-27T13:00:00Z"))).toBe("27. november 2023, kl. 14.00");
    expect(danishDateTime(new Date("2024-06-20T12:05:00Z"))).toBe("20. juni 2024, kl. 14.05");
  });
});
