import { describe, expect, it } from "vitest";
import { MEETING_STATUSES, allowedTransitions, isCancellable, isDeletable, isDocumentLocked, stepTooEarly, type MeetingStatus } from "../../shared/rules/lifecycle.js";

const startsAt = new Date("2030-03-04T13:00:00Z");
const at = (iso: string) => new Date(iso);

describe("stepTooEarly", () => {
  it("opens a meeting from one hour before its start", () => {
    expect(stepTooEarly("moede_i_gang", startsAt, at("2030-03-04T11:59:59Z"))).toBe("Mødet kan tidligst sættes i gang en time før det begynder (4. marts 2030, kl. 14.00).");
    expect(stepTooEarly("moede_i_gang", startsAt, at("2030-03-04T12:00:00Z"))).toBeNull();
    expect(stepTooEarly("moede_i_gang", startsAt, at("2030-03-05T09:00:00Z"))).toBeNull();
  });

  it("sends, approves and publishes minutes only after the start, whoever asks", () => {
    for (const to of ["referat_udsendt", "godkendt", "offentliggjort"] as MeetingStatus[]) {
      expect(stepTooEarly(to, startsAt, at("2030-03-04T12:59:00Z")), to).toBe("Mødet begynder først 4. marts 2030, kl. 14.00; referatet kan udsendes og godkendes, når mødet er begyndt.");
      expect(stepTooEarly(to, startsAt, at("2030-03-04T13:00:00Z")), to).toBeNull();
    }
  });

  it("leaves the agenda steps to any time", () => {
    for (const to of ["dagsorden_kladde", "dagsorden_udsendt", "referat_kladde"] as MeetingStatus[]) {
      expect(stepTooEarly(to, startsAt, at("2026-01-01T00:00:00Z")), to).toBeNull();
    }
  });

  it("takes no step for a meeting whose time cannot be read", () => {
    expect(stepTooEarly("dagsorden_udsendt", new Date(Number.NaN), at("2030-03-04T13:00:00Z"))).toBe("Mødets tidspunkt kan ikke læses. Ret tidspunktet, før mødet går videre.");
  });
});

describe("cancelling and deleting", () => {
  it("cancels any meeting not yet held, and deletes only one whose agenda was never sent", () => {
    expect(MEETING_STATUSES.filter(isCancellable)).toEqual(["planlagt", "dagsorden_kladde", "dagsorden_udsendt"]);
    expect(MEETING_STATUSES.filter(isDeletable)).toEqual(["planlagt", "dagsorden_kladde"]);
  });

  it("locks a cancelled meeting's document and leads nowhere from it", () => {
    expect(isDocumentLocked("aflyst")).toBe(true);
    expect(isDocumentLocked("dagsorden_udsendt")).toBe(false);
    for (const actor of ["chair", "secretariat", "system"] as const) expect(allowedTransitions("aflyst", actor)).toEqual([]);
    for (const from of MEETING_STATUSES) expect(allowedTransitions(from, "chair")).not.toContain("aflyst");
  });
});
