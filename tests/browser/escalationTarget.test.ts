import type { Browser } from "playwright-core";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escalations } from "../../db/schema/index.js";
import { extractBlocks } from "../../shared/blocks/extractBlocks.js";
import { build } from "../../shared/editor/build.js";
import { launchBrowser, loggedInPage, openMeeting } from "../helpers/browser.js";
import { addForum, createForum, createMeetingScenario, reportTo, testRegion } from "../helpers/factories.js";
import { storedDocument } from "../helpers/storedDocument.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A Chefforum meeting whose escalation names a forum of another cluster, with Chefforum's own ladder around it. */
async function scenario() {
  const { db } = server.deps.database;
  const regionId = await testRegion(db);
  const nord = await createForum(db, "Chefforum Nord", regionId);
  const blocks = { invalid: build.escalation("Ventetider i Nord", { targetForumId: nord.id, targetForumName: "Direktørforum", direction: "op" }), external: build.escalation("Spørgsmål til styrelsen") };
  const meeting = await createMeetingScenario(db, build.doc(build.agendaItem("Udskrivning", build.section("beslutning", blocks.invalid, blocks.external))));
  const direktoer = await addForum(db, meeting.forum, "Direktørforum Midt", "direktoerforum");
  await reportTo(db, meeting.forum.id, [direktoer.id]);
  const drift = await addForum(db, meeting.forum, "Driftsforum Voksenpsykiatri", "driftsforum", [meeting.forum.id]);
  const body = await addForum(db, { regionId, clusterId: null }, "Koordineringsgruppen", "regionalt_udvalg");
  await reportTo(db, direktoer.id, [body.id]);
  return { ...meeting, drift, ids: { invalid: blocks.invalid.attrs!.id as string, external: blocks.external.attrs!.id as string } };
}

describe("an escalation's target in the editor", () => {
  it("shows a target off the ladder as Ugyldig modtager and lets the user pick a valid one, or a recipient outside Mødebord", async () => {
    const s = await scenario();
    const { db } = server.deps.database;
    const { page, context } = await loggedInPage(browser, server.url, s.secretary.email);
    await openMeeting(page, s.meetingId);
    const invalid = page.locator(".escalation", { hasText: "Ventetider i Nord" });
    const select = invalid.getByTestId("escalation-target");

    // Said in words, at the block and at the field the screen reader is on, not only in colour.
    await invalid.locator(".escalation__invalid", { hasText: "Ugyldig modtager" }).waitFor();
    expect(await invalid.getAttribute("class")).toContain("escalation--invalid");
    expect(await select.getAttribute("aria-invalid")).toBe("true");
    const described = await select.getAttribute("aria-describedby");
    expect(await page.locator(`[id="${described}"]`).textContent()).toBe("»Direktørforum« kan ikke modtage eskaleringer fra dette forum. Vælg en gyldig modtager.");
    // The claimed "op" is not shown: no direction is, for a target off the ladder.
    expect(await invalid.locator(".tracked-block__direction").count()).toBe(0);
    // The picker offers the ladder, grouped by direction, the region-wide body marked, and no forum of the other cluster.
    expect(await select.locator("optgroup").evaluateAll((groups) => groups.map((g) => g.getAttribute("label")))).toEqual(["↑ Op", "↓ Ned", "Uden for Mødebord"]);
    const offered = await select.locator("option").allTextContents();
    expect(offered).toEqual(expect.arrayContaining(["Direktørforum Midt", "Koordineringsgruppen · hele regionen", "Driftsforum Voksenpsykiatri", "Modtager uden for Mødebord"]));
    expect(offered.some((o) => o.includes("Nord"))).toBe(false);

    await select.selectOption(s.drift.id);
    await invalid.locator(".tracked-block__direction", { hasText: "↓ Ned" }).waitFor();
    expect(await invalid.locator(".escalation__invalid").count()).toBe(0);
    expect(await select.getAttribute("aria-invalid")).toBeNull();
    await waitFor(async () => {
      const [row] = await db.select().from(escalations).where(and(eq(escalations.documentId, s.documentId), eq(escalations.id, s.ids.invalid)));
      expect(row).toMatchObject({ targetKind: "forum", targetForumId: s.drift.id, targetForumName: "Driftsforum Voksenpsykiatri", direction: "ned" });
    });

    // A body outside Mødebord, written in words.
    const external = page.locator(".escalation", { hasText: "Spørgsmål til styrelsen" });
    await external.getByTestId("escalation-target").selectOption({ label: "Modtager uden for Mødebord" });
    await expect.poll(() => external.getByTestId("escalation-external-problem").textContent()).toBe("Skriv, hvem eskaleringen sendes til.");
    await external.getByTestId("escalation-external").fill("Sundhedsstyrelsen");
    await expect.poll(() => external.getByTestId("escalation-external-problem").textContent()).toBe("");
    await waitFor(async () => {
      const [row] = await db.select().from(escalations).where(and(eq(escalations.documentId, s.documentId), eq(escalations.id, s.ids.external)));
      expect(row).toMatchObject({ targetKind: "external", targetExternal: "Sundhedsstyrelsen", targetForumId: null });
    });
    expect(extractBlocks(await storedDocument(db, s.documentId)).escalations.find((e) => e.id === s.ids.external)).toMatchObject({ targetExternal: "Sundhedsstyrelsen" });
    await context.close();
  });
});
