import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMeeting } from "../../server/commands/meetingCreator.js";
import { copenhagenDate } from "../../shared/rules/copenhagenTime.js";
import { launchBrowser, loggedInPage } from "../helpers/browser.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let browser: Browser;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
const soon = new Date(Date.now() + 10 * 86_400_000);

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  scenario = await createMeetingScenario(server.deps.database.db);
  // Ten days ahead under the 14-day rule: the agenda should have gone out already.
  await createMeeting(server.deps.database.db, { forumId: scenario.forum.id, title: "Snart møde", startsAt: soon });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the meeting list", () => {
  it("warns the secretariat of a missed agenda deadline, and shows members the status only", async () => {
    const secretary = await loggedInPage(browser, server.url, scenario.secretary.email);
    const card = secretary.page.getByTestId("meeting-item").filter({ hasText: "Snart møde" });
    await expect.poll(() => card.getByTestId("deadlines").innerText()).toContain("Dagsorden skal udsendes senest");
    expect(await card.innerText()).toContain("Fristen er overskredet");
    expect(await card.getByTestId("meeting-status").innerText()).toBe("Planlagt");
    await secretary.context.close();

    const member = await loggedInPage(browser, server.url, scenario.member.email);
    const memberCard = member.page.getByTestId("meeting-item").filter({ hasText: "Snart møde" });
    await memberCard.getByTestId("meeting-status").waitFor();
    expect(await memberCard.getByTestId("deadlines").count()).toBe(0);
    await member.context.close();
  });

  it("shows the year's mødeplan across the user's forums, with every deadline", async () => {
    const { page, context } = await loggedInPage(browser, server.url, scenario.member.email);
    await page.goto("/fora");
    const thisYear = Number(copenhagenDate(new Date()).slice(0, 4));
    if (Number(copenhagenDate(soon).slice(0, 4)) > thisYear) await page.getByRole("button", { name: String(thisYear + 1), exact: false }).last().click();
    const row = page.getByTestId("plan-meeting").filter({ hasText: "Snart møde" });
    await expect.poll(() => row.innerText()).toMatch(/chefforum/i);
    expect(await row.innerText()).toContain("Dagsorden skal udsendes senest");
    expect(await row.innerText()).toContain("Referat skal udsendes senest");
    await context.close();
  });
});
