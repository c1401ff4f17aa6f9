import { describe, expect, it } from "vitest";
import type { LadderForum } from "../../shared/protocol/forumLadder.js";
import { EXTERNAL_RECIPIENT_MAX, externalRecipient, resolveTarget } from "../../shared/rules/escalationTargets.js";

const ladder: LadderForum[] = [
  { id: "direktoer", name: "Direktørforum", kind: "direktoerforum", clusterName: "Midt", reportsTo: [], direction: "op" },
  { id: "psyk", name: "Driftsforum Voksenpsykiatri", kind: "driftsforum", clusterName: "Midt", reportsTo: ["chef"], direction: "ned" },
];

describe("resolveTarget", () => {
  it("takes a forum on the ladder with the ladder's name and direction", () => {
    expect(resolveTarget(ladder, { targetForumId: "psyk", targetExternal: null })).toEqual({ kind: "forum", forum: ladder[1] });
  });

  it("calls any other forum id invalid, even with a recipient in words beside it", () => {
    for (const targetForumId of ["chef-nord", "not an id", "chef"]) {
      expect(resolveTarget(ladder, { targetForumId, targetExternal: "Sundhedsstyrelsen" })).toEqual({ kind: "invalid" });
    }
  });

  it("keeps a recipient outside Mødebord in words, and nothing when the words are blank", () => {
    expect(resolveTarget(ladder, { targetForumId: null, targetExternal: "  Sundheds-\n styrelsen " })).toEqual({ kind: "external", name: "Sundheds- styrelsen" });
    expect(resolveTarget(ladder, { targetForumId: null, targetExternal: " \n " })).toEqual({ kind: "none" });
    expect(resolveTarget(ladder, { targetForumId: null, targetExternal: null })).toEqual({ kind: "none" });
  });

  it("cuts a long recipient to the kept length", () => {
    expect(externalRecipient("x".repeat(5000))).toHaveLength(EXTERNAL_RECIPIENT_MAX);
  });
});
