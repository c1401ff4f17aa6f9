import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTION_STATUSES } from "../../shared/editor/vocabulary.js";
import { ESCALATION_STATE_LABELS } from "../../shared/rules/escalationStates.js";
import { STATUS_LABELS } from "../../shared/rules/lifecycle.js";
import { followUpDa } from "../../client/scenes/FollowUp/messages.js";
import { launchBrowser, loggedInPage } from "../helpers/browser.js";
import { createScreensScenario } from "../helpers/screensScenario.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let browser: Browser;
let scenario: Awaited<ReturnType<typeof createScreensScenario>>;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  scenario = await createScreensScenario(server);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Every Danish name of a meeting status, an escalation's state and an action item's status.
const DANISH_LABELS = [...Object.values(STATUS_LABELS), ...Object.values(ESCALATION_STATE_LABELS), ...ACTION_STATUSES.map((s) => followUpDa.statuses[s])];

/** The labels of `page` that are still Danish. */
const danishLabelsOn = async (page: Page) => {
  const text = await page.locator("main").innerText();
  return DANISH_LABELS.filter((label) => text.includes(label));
};

describe("the English UI", () => {
  it("names every status and state in English on the meeting list, forum plan, inbox, dashboard and meeting course", async () => {
    const { context, page } = await loggedInPage(browser, server.url, scenario.secretary.email);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Your meetings" }).waitFor();

    const screens: [string, (page: Page) => Promise<unknown>, string[]][] = [
      ["/", (p) => p.getByTestId("meetings-earlier").getByTestId("meeting-status").waitFor(), ["Planned", "Minutes sent"]],
      ["/fora", (p) => p.getByTestId("meeting-plan").waitFor(), []],
      [`/fora/${scenario.forum.id}`, (p) => p.getByTestId("inbox-item").waitFor(), ["Awaiting handling"]],
      ["/opfoelgning?scope=forum", (p) => p.getByTestId("action-item-row").waitFor(), ["Open"]],
      [`/m/${scenario.minutes.meetingId}/forloeb`, (p) => p.getByTestId("approvals").locator("li").first().waitFor(), ["Minutes sent"]],
    ];
    for (const [path, ready, english] of screens) {
      await page.goto(path);
      await ready(page);
      const text = await page.locator("main").innerText();
      for (const label of english) expect(text, path).toContain(label);
      expect(await danishLabelsOn(page), path).toEqual([]);
    }
    await context.close();
  });
});
