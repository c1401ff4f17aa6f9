import { describe, expect, it } from "vitest";
import { HELD_STATUSES, isHeld } from "../../shared/rules/heldMeeting.js";
import { MEETING_STATUSES } from "../../shared/rules/lifecycle.js";

describe("isHeld", () => {
  it("holds a meeting from the moment it starts, through its minutes to publication", () => {
    expect(MEETING_STATUSES.filter(isHeld)).toEqual(["moede_i_gang", "referat_kladde", "referat_udsendt", "godkendt", "offentliggjort"]);
    expect(MEETING_STATUSES.filter((s) => !isHeld(s))).toEqual(["planlagt", "dagsorden_kladde", "dagsorden_udsendt", "aflyst"]);
  });

  it("never takes a cancelled meeting or an unknown stored state for a held one", () => {
    expect(isHeld("aflyst")).toBe(false);
    expect(isHeld("")).toBe(false);
    expect(isHeld("Moede_i_gang")).toBe(false);
  });

  it("lists only states of the lifecycle", () => {
    for (const status of HELD_STATUSES) expect(MEETING_STATUSES).toContain(status);
  });
});
