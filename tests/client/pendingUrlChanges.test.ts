import { describe, expect, it } from "vitest";
import { isOnItsWay, shownSearch, withChange } from "../../client/components/pendingUrlChanges.js";

// Three quick ticks of the dashboard's status filter, from the defaults.
const START = "status=%C3%A5ben%2Ci+gang";
const [FIRST, SECOND, THIRD] = ["status=i+gang", "status=", "status=udf%C3%B8rt"];

/** The changes as a page makes them while the router still renders `rendered`. */
function quickChanges(rendered: string, searches: string[]) {
  let pending = null;
  let before = rendered;
  for (const search of searches) {
    pending = withChange(pending, before, search, rendered);
    before = search;
  }
  return pending!;
}

describe("URL changes on their way through the router", () => {
  it("shows the newest of quick changes while the router still renders the URL before them", () => {
    const pending = quickChanges(START, [FIRST, SECOND, THIRD]);
    expect(pending).toEqual({ from: START, written: [FIRST, SECOND, THIRD] });
    expect(shownSearch(pending, START)).toBe(THIRD);
  });

  it("keeps showing the newest when the router renders an older change first", () => {
    const pending = quickChanges(START, [FIRST, SECOND, THIRD]);
    expect(isOnItsWay(pending, FIRST)).toBe(true);
    expect(shownSearch(pending, SECOND)).toBe(THIRD);
  });

  it("is done once the router renders the newest change", () => {
    const pending = quickChanges(START, [FIRST, SECOND]);
    expect(isOnItsWay(pending, SECOND)).toBe(false);
    expect(shownSearch(pending, SECOND)).toBe(SECOND);
  });

  it("gives way to a navigation from elsewhere, such as a link to another scope", () => {
    const pending = quickChanges(START, [FIRST, SECOND]);
    expect(isOnItsWay(pending, "scope=forum")).toBe(false);
    expect(shownSearch(pending, "scope=forum")).toBe("scope=forum");
  });

  it("starts a new series when the address bar no longer holds one of the changes", () => {
    const pending = quickChanges(START, [FIRST]);
    expect(withChange(pending, "scope=forum", SECOND, "scope=forum")).toEqual({ from: "scope=forum", written: [SECOND] });
    expect(withChange(null, START, FIRST, START)).toEqual({ from: START, written: [FIRST] });
  });
});
