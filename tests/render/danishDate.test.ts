import { describe, expect, it } from "vitest";
import { formatDanishDate, formatDanishDateTime } from "../../server/render/index.js";
import { formatIsoDay } from "../../server/render/danishDate.js";

describe("Danish dates", () => {
  it("writes a meeting's time in Copenhagen time, winter and summer alike", () => {
    expect(formatDanishDateTime(new Date("2023-11-27T13:00:00Z"))).toBe("mandag den 27. november 2023 kl. 14.00");
    expect(formatDanishDateTime(new Date("2024-06-10T07:30:00Z"))).toBe("mandag den 10. juni 2024 kl. 09.30");
  });

  it("uses the Copenhagen calendar day, not the machine's", () => {
    expect(formatDanishDateTime(new Date("2023-12-31T23:30:00Z"))).toBe("mandag den 1. januar 2024 kl. 00.30");
    expect(formatDanishDate(new Date("2024-03-02T23:15:00Z"))).toBe("3. marts 2024");
  });

  it("writes a stored due day without shifting it and refuses days that do not exist", () => {
    expect(formatIsoDay("2025-03-03")).toBe("3. marts 2025");
    expect(formatIsoDay("2025-02-30")).toBeNull();
    expect(formatIsoDay("3/3/2025")).toBeNull();
  });
});
