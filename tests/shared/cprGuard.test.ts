import { describe, expect, it } from "vitest";
import { findCprNumbers } from "../../shared/rules/cprGuard.js";

describe("CPR guard", () => {
  it.each([
    ["with a dash", "Borgeren (010203-1234) blev udskrevet.", "010203-1234"],
    ["without a dash", "cpr 3112991234 nævnt", "3112991234"],
    ["29 February", "Patient 290200-4321", "290200-4321"],
    ["at the very start", "150585-2468 er nævnt", "150585-2468"],
    ["before punctuation", "Se 240478-1357.", "240478-1357"],
  ])("finds a CPR number %s", (_what, text, expected) => {
    expect(findCprNumbers(text).map((m) => m.text)).toEqual([expected]);
  });

  it.each([
    ["a phone number", "Ring på 98 76 54 32 eller 98765432"],
    ["a phone number with country code", "+45 20304050"],
    ["a date", "Mødet 27-11-2023 kl. 14.00"],
    ["a case number", "Sagsnr. 2023-001234 og 23/12345"],
    ["an impossible date", "Nummer 320199-1234 og 011399-1234"],
    ["31 April", "310403-1234"],
    ["a longer number", "Kontonr. 12345678901234"],
    ["a dash-joined case number", "Journal 010203-1234-5"],
    ["eleven digits", "01020312345"],
  ])("leaves %s alone", (_what, text) => {
    expect(findCprNumbers(text)).toEqual([]);
  });

  it("finds every CPR number in a text", () => {
    expect(findCprNumbers("A: 010203-1234, B: 0506071234").map((m) => m.text)).toEqual(["010203-1234", "0506071234"]);
  });
});
