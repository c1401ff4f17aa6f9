import { describe, expect, it } from "vitest";
import { meetingLeader } from "../../shared/rules/meetingLeader.js";

const chairs = [
  { userId: "kommune", sector: "kommune" as const },
  { userId: "region", sector: "region" as const },
  { userId: "uden", sector: null },
];

describe("the mødeleder", () => {
  it("is the chair of the host's sector by default, and the one set on the meeting otherwise", () => {
    expect(meetingLeader(null, chairs, "region")).toEqual({ userId: "region", isDefault: true });
    expect(meetingLeader("kommune", chairs, "region")).toEqual({ userId: "kommune", isDefault: false });
  });

  it("is nobody rather than a guess: no host sector, no chair of it, or two of it", () => {
    expect(meetingLeader(null, chairs, null)).toBeNull();
    expect(meetingLeader(null, chairs, "almen_praksis")).toBeNull();
    expect(meetingLeader(null, [...chairs, { userId: "kommune2", sector: "kommune" }], "kommune")).toBeNull();
  });
});
