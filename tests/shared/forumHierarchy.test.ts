import { describe, expect, it } from "vitest";
import { ladderOf, wouldCreateLoop, type GraphForum, type ReportEdge } from "../../shared/rules/forumHierarchy.js";

// Two clusters and region-wide bodies, as in Region Nordjylland (seed 004).
const forums: GraphForum[] = [
  { id: "strategisk", clusterId: null },
  { id: "koordinering", clusterId: null },
  { id: "bup", clusterId: null },
  { id: "direktoer-midt", clusterId: "midt" },
  { id: "chef-midt", clusterId: "midt" },
  { id: "somatik-midt", clusterId: "midt" },
  { id: "psyk-midt", clusterId: "midt" },
  { id: "undergruppe-midt", clusterId: "midt" },
  { id: "chef-nord", clusterId: "nord" },
  { id: "drift-nord", clusterId: "nord" },
];
const edge = (forumId: string, reportsToForumId: string): ReportEdge => ({ forumId, reportsToForumId });
const edges: ReportEdge[] = [
  edge("direktoer-midt", "strategisk"),
  edge("chef-midt", "direktoer-midt"),
  edge("chef-midt", "koordinering"),
  edge("somatik-midt", "chef-midt"),
  edge("psyk-midt", "chef-midt"),
  // A sub-group under two Driftsfora.
  edge("undergruppe-midt", "somatik-midt"),
  edge("undergruppe-midt", "psyk-midt"),
  edge("chef-nord", "koordinering"),
  edge("drift-nord", "chef-nord"),
  // A body taking cases from both clusters.
  edge("bup", "chef-midt"),
  edge("bup", "chef-nord"),
];
const ladder = (id: string) => Object.fromEntries(ladderOf(forums, edges, id));

describe("the ladder of a region's reporting graph", () => {
  it("goes up and down through several parents, and sideways to siblings and the cluster's bodies", () => {
    expect(ladder("psyk-midt")).toEqual({
      "chef-midt": "op",
      "direktoer-midt": "op",
      strategisk: "op",
      koordinering: "op",
      "undergruppe-midt": "ned",
      "somatik-midt": "side",
      bup: "side",
    });
    expect(ladder("undergruppe-midt")).toMatchObject({ "somatik-midt": "op", "psyk-midt": "op", "chef-midt": "op" });
  });

  it("lets a region-wide body reach both clusters, and never a cluster's forum the other's", () => {
    expect(ladder("bup")).toMatchObject({ "chef-midt": "op", "chef-nord": "op", koordinering: "op", "somatik-midt": "side", "drift-nord": "side" });
    expect(ladder("chef-midt")).not.toHaveProperty("chef-nord");
    expect(ladder("drift-nord")).toEqual({ "chef-nord": "op", koordinering: "op", bup: "side" });
    expect(ladder("koordinering")).toMatchObject({ "chef-midt": "ned", "chef-nord": "ned", "drift-nord": "ned", bup: "ned" });
  });

  it("refuses a cycle, direct or through others, and accepts a second parent", () => {
    expect(wouldCreateLoop(edges, "strategisk", ["undergruppe-midt"])).toBe(true);
    expect(wouldCreateLoop(edges, "chef-midt", ["chef-midt"])).toBe(true);
    expect(wouldCreateLoop(edges, "drift-nord", ["chef-nord", "koordinering"])).toBe(false);
  });
});
