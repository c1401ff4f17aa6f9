import { describe, expect, it } from "vitest";
import { DanishCalendar } from "../../shared/rules/danishCalendar.js";
import { commentPeriodEnd, meetingDeadlines } from "../../shared/rules/deadlines.js";
import { RULES_MIDT_NORD, RULES_SYD } from "../../shared/rules/kommissorium.js";

const calendar = new DanishCalendar();
const legalOnly = new DanishCalendar({ grundlovsdag: false, juleaftensdag: false, nytaarsaftensdag: false });

// Hand-checked against the Danish holiday rules (Easter: 31/3 2024, 20/4 2025, 5/4 2026,
// 28/3 2027, 16/4 2028, 1/4 2029, 21/4 2030).
const HOLIDAYS: Record<number, string[]> = {
  2024: ["01-01", "03-28", "03-29", "03-31", "04-01", "05-09", "05-19", "05-20", "12-25", "12-26"],
  2025: ["01-01", "04-17", "04-18", "04-20", "04-21", "05-29", "06-08", "06-09", "12-25", "12-26"],
  2026: ["01-01", "04-02", "04-03", "04-05", "04-06", "05-14", "05-24", "05-25", "12-25", "12-26"],
  2027: ["01-01", "03-25", "03-26", "03-28", "03-29", "05-06", "05-16", "05-17", "12-25", "12-26"],
  2028: ["01-01", "04-13", "04-14", "04-16", "04-17", "05-25", "06-04", "06-05", "12-25", "12-26"],
  2029: ["01-01", "03-29", "03-30", "04-01", "04-02", "05-10", "05-20", "05-21", "12-25", "12-26"],
  2030: ["01-01", "04-18", "04-19", "04-21", "04-22", "05-30", "06-09", "06-10", "12-25", "12-26"],
};

describe("Danish working days", () => {
  it.each(Object.entries(HOLIDAYS))("knows every public holiday of %s", (year, days) => {
    for (const day of days) expect(calendar.isWorkingDay(`${year}-${day}`), `${year}-${day}`).toBe(false);
    const publicDays = [...legalOnly.daysOff(Number(year))].sort();
    expect(publicDays).toEqual(days.map((d) => `${year}-${d}`).sort());
  });

  it("ends Store Bededag after 2023", () => {
    expect(calendar.isWorkingDay("2023-05-05")).toBe(false);
    expect(calendar.isWorkingDay("2024-04-26")).toBe(true);
    expect(calendar.isWorkingDay("2025-05-16")).toBe(true);
  });

  it("counts Grundlovsdag, juleaftensdag and nytårsaftensdag as days off unless the cluster says otherwise", () => {
    for (const d of ["2025-06-05", "2025-12-24", "2025-12-31"]) expect(calendar.isWorkingDay(d)).toBe(false);
    for (const d of ["2025-06-05", "2025-12-24", "2025-12-31"]) expect(legalOnly.isWorkingDay(d)).toBe(true);
    // 5 June 2028 is 2. pinsedag as well: a holiday either way.
    expect(legalOnly.isWorkingDay("2028-06-05")).toBe(false);
  });

  it("skips weekends", () => {
    expect(calendar.isWorkingDay("2024-03-02")).toBe(false);
    expect(calendar.isWorkingDay("2024-03-03")).toBe(false);
    expect(calendar.isWorkingDay("2024-03-04")).toBe(true);
  });
});

describe("meeting deadlines", () => {
  it.each([
    // [what, meeting date, rules, agenda due, minutes due]
    ["Midt: 14 days before, the issue's own example", "2024-03-15", RULES_MIDT_NORD, "2024-03-01", "2024-03-22"],
    ["Syd: 10 working days back across Easter 2024", "2024-04-02", RULES_SYD, "2024-03-14", "2024-04-09"],
    ["Syd: minutes across Christmas and New Year", "2024-12-23", RULES_SYD, "2024-12-09", "2025-01-06"],
    ["Syd: Grundlovsdag and 2. pinsedag 2025", "2025-05-30", RULES_SYD, "2025-05-15", "2025-06-10"],
    ["Syd: Store Bededag 2023 is off", "2023-05-01", RULES_SYD, "2023-04-17", "2023-05-09"],
    ["Syd: Store Bededag 2024 is a working day", "2024-04-22", RULES_SYD, "2024-04-08", "2024-04-29"],
    ["Midt: agenda day falls on Langfredag 2027", "2027-04-09", RULES_MIDT_NORD, "2027-03-24", "2027-04-16"],
    ["Midt: minutes day falls on Kristi himmelfart 2028", "2028-05-18", RULES_MIDT_NORD, "2028-05-04", "2028-05-26"],
    ["Midt: minutes day falls on juleaftensdag 2029", "2029-12-17", RULES_MIDT_NORD, "2029-12-03", "2029-12-27"],
    ["Syd: 10 working days back across Easter 2030", "2030-04-29", RULES_SYD, "2030-04-10", "2030-05-06"],
  ])("%s", (_what, meeting, rules, agendaDue, minutesDue) => {
    expect(meetingDeadlines(meeting, rules, calendar)).toEqual({ agendaDue, minutesDue });
  });

  it("ends the comment period after the rule's days, moved off days off", () => {
    expect(commentPeriodEnd("2026-05-12", RULES_SYD, calendar)).toBe("2026-05-20");
    expect(commentPeriodEnd("2024-03-22", RULES_MIDT_NORD, calendar)).toBe("2024-04-02");
    expect(commentPeriodEnd("2025-06-02", RULES_MIDT_NORD, calendar)).toBe("2025-06-10");
  });
});
