import { describe, expect, it } from "vitest";
import { allowedEscalationMoves, parseEscalationState } from "../../shared/rules/escalationStates.js";

describe("escalation states", () => {
  it.each([
    ["ny", ["accept", "reject", "forward", "close"]],
    ["accepteret", ["close"]],
    ["afvist", []],
    ["afsluttet", []],
    ["parkeret", []],
  ])("allows from %s: %j", (stored, moves) => {
    expect(allowedEscalationMoves(parseEscalationState(stored))).toEqual(moves);
  });

  it("reads only the known states", () => {
    expect(parseEscalationState("accepteret")).toBe("accepteret");
    expect(parseEscalationState("Accepteret")).toBeNull();
    expect(parseEscalationState(null)).toBeNull();
  });
});
