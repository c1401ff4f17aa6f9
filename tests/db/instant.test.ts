import { describe, expect, it } from "vitest";
import { parseTimestamptz } from "../../db/schema/instant.js";

describe("reading a stored timestamptz", () => {
  it("reads PostgreSQL's ISO output with any offset and fraction", () => {
    expect(parseTimestamptz("2030-03-04 14:00:00+01").toISOString()).toBe("2030-03-04T13:00:00.000Z");
    expect(parseTimestamptz("2030-06-20 12:00:00.123456+00").toISOString()).toBe("2030-06-20T12:00:00.123Z");
    expect(parseTimestamptz("2030-06-20 17:30:00+05:30").toISOString()).toBe("2030-06-20T12:00:00.000Z");
    expect(parseTimestamptz("1890-01-01 00:00:00+00:50:20").toISOString()).toBe("1889-12-31T23:09:40.000Z");
  });

  it("keeps early years as they are, where JavaScript's parser makes year 0001 into 2001", () => {
    expect(new Date("0001-01-01 12:00:00+00").getUTCFullYear()).toBe(2001);
    expect(parseTimestamptz("0001-01-01 12:00:00+00").toISOString()).toBe("0001-01-01T12:00:00.000Z");
    expect(parseTimestamptz("0044-03-15 12:00:00+00 BC").getUTCFullYear()).toBe(-43);
    expect(parseTimestamptz("9999-12-31 23:00:00+00").toISOString()).toBe("9999-12-31T23:00:00.000Z");
  });

  it("gives an Invalid Date for values no Date can hold, never another day", () => {
    for (const text of ["infinity", "-infinity", "300000-01-01 00:00:00+00", "2030-03-04"]) {
      expect(Number.isNaN(parseTimestamptz(text).getTime()), text).toBe(true);
    }
  });
});
