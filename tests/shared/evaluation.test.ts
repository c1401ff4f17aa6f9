import { describe, expect, it } from "vitest";
import { defaultEvaluationDue, evaluationNotice } from "../../shared/rules/evaluation.js";

describe("the forum's evaluation", () => {
  it("falls due a year after the forum is set up, on 28 February for a leap day", () => {
    expect(defaultEvaluationDue(new Date("2026-03-01T10:00:00Z"))).toBe("2027-03-01");
    expect(defaultEvaluationDue(new Date("2028-02-29T10:00:00Z"))).toBe("2029-02-28");
    // 23.30 UTC on 31 December is already New Year's Day in Copenhagen.
    expect(defaultEvaluationDue(new Date("2026-12-31T23:30:00Z"))).toBe("2028-01-01");
  });

  it("is called to attention within 30 days of the date and once it has passed", () => {
    expect(evaluationNotice("2027-03-01", "2027-01-29")).toBeNull();
    expect(evaluationNotice("2027-03-01", "2027-01-30")).toBe("soon");
    expect(evaluationNotice("2027-03-01", "2027-03-01")).toBe("soon");
    expect(evaluationNotice("2027-03-01", "2027-03-02")).toBe("passed");
    expect(evaluationNotice(null, "2027-03-02")).toBeNull();
  });
});
