import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMeeting } from "../../server/commands/meetingCreator.js";
import { launchBrowser, loggedInPage } from "../helpers/browser.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let browser: Browser;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  scenario = await createMeetingScenario(server.deps.database.db);
  // Ten days ahead under the 14-day rule: the agenda should have gone out already.
  await createMeeting(server.deps.database.db, { forumId: scenario.forum.id, title: "Snart møde", startsAt: new Date(Date.now() + 10 * 86_400_000) });
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
});
