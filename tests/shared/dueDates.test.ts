import { describe, expect, it } from "vitest";
import { extractBlocks } from "../../shared/blocks/extractBlocks.js";
import { build } from "../../shared/editor/build.js";
import { dueDateProblem, isCalendarDay, latestDueYear } from "../../shared/rules/dueDates.js";

const now = new Date("2026-05-01T10:00:00Z");

describe("due dates", () => {
  it("accepts a real day from 2000 until ten years ahead", () => {
    expect(latestDueYear(now)).toBe(2036);
    for (const value of ["2000-01-01", "2027-03-15", "2028-02-29", "2036-12-31"]) expect(dueDateProblem(value, now)).toBeNull();
  });

  it("says what is wrong with the rest", () => {
    expect(dueDateProblem("12027-03-15", now)).toBe("yearDigits");
    expect(dueDateProblem("0202-03-15", now)).toBe("yearDigits");
    expect(dueDateProblem("2027-02-30", now)).toBe("noSuchDay");
    expect(dueDateProblem("2027-13-01", now)).toBe("noSuchDay");
    expect(dueDateProblem("2027-02-29", now)).toBe("noSuchDay");
    expect(dueDateProblem("1999-12-31", now)).toBe("yearRange");
    expect(dueDateProblem("2037-01-01", now)).toBe("yearRange");
    for (const value of ["", "15.03.2027", "2027-3-15", "i morgen"]) expect(dueDateProblem(value, now)).toBe("format");
  });
});

describe("due dates in extraction", () => {
  it("keeps a stored day that exists and drops one that does not, so Postgres never sees it", () => {
    const doc = build.doc(
      build.agendaItem(
        "Opfølgning",
        build.actionItem("Findes", { dueKind: "dato", dueDate: "2045-06-01" }),
        build.actionItem("Findes ikke", { dueKind: "dato", dueDate: "2027-02-30" }),
        build.actionItem("Femcifret år", { dueKind: "dato", dueDate: "12027-03-15" }),
      ),
    );
    expect(extractBlocks(doc).actionItems.map((a) => [a.text, a.dueDate])).toEqual([
      ["Findes", "2045-06-01"],
      ["Findes ikke", null],
      ["Femcifret år", null],
    ]);
    expect(isCalendarDay("2027-02-28")).toBe(true);
    expect(isCalendarDay(20270228)).toBe(false);
  });
});
