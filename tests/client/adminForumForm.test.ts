import { describe, expect, it } from "vitest";
import { changedFields, newForumValues } from "../../client/scenes/Admin/forumFormValues.js";
import { clusterParentOptions, groupedParentOptions, regionParentOptions } from "../../client/scenes/Admin/parentOptions.js";

describe("what an edit of a forum sends", () => {
  const initial = { ...newForumValues(), name: "Driftsforum Somatik", reportsTo: ["a", "b"], evaluationDue: "2026-03-01" };

  it("sends only the fields changed, and nothing for an untouched form", () => {
    expect(changedFields(initial, structuredClone(initial))).toEqual({});
    expect(changedFields(initial, { ...initial, name: "Driftsforum Voksen Somatik", deadlinesFirm: false })).toEqual({ name: "Driftsforum Voksen Somatik", deadlinesFirm: false });
    expect(changedFields(initial, { ...initial, rules: { ...initial.rules, meetingsPerYear: 6 } })).toEqual({ rules: { ...initial.rules, meetingsPerYear: 6 } });
    expect(changedFields(initial, { ...initial, evaluationDue: null })).toEqual({ evaluationDue: null });
  });

  it("takes the parents as a set: the same forums in another order are no change", () => {
    expect(changedFields(initial, { ...initial, reportsTo: ["b", "a"] })).toEqual({});
    expect(changedFields(initial, { ...initial, reportsTo: ["b"] })).toEqual({ reportsTo: ["b"] });
  });
});

describe("the forums a forum may report to", () => {
  it("groups a cluster's own forums under its name and the region's bodies last", () => {
    const options = clusterParentOptions("Sundhedsklynge Nord", [
      { id: "k", name: "Koordineringsgruppen", regionWide: true },
      { id: "d", name: "Driftsforum", regionWide: false },
      { id: "c", name: "Chefforum", regionWide: false },
    ]);
    expect(groupedParentOptions(options).map((g) => [g.group, g.options.map((o) => o.name)])).toEqual([
      ["Sundhedsklynge Nord", ["Chefforum", "Driftsforum"]],
      [null, ["Koordineringsgruppen"]],
    ]);
  });

  it("tells a body the clusters' forums of the same name apart by cluster", () => {
    const options = regionParentOptions([
      { id: "s", name: "Strategisk Sundhedsforum", clusterName: null },
      { id: "c2", name: "Chefforum", clusterName: "Sundhedsklynge Syd" },
      { id: "c1", name: "Chefforum", clusterName: "Sundhedsklynge Midt" },
    ]);
    expect(groupedParentOptions(options).map((g) => g.group)).toEqual(["Sundhedsklynge Midt", "Sundhedsklynge Syd", null]);
  });
});
