import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../helpers/axe.js";
import { launchBrowser, loggedInPage, openMeeting } from "../helpers/browser.js";
import { createScreensScenario, LONG_TITLE } from "../helpers/screensScenario.js";
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

/** A page of the app and what shows that it has loaded. */
interface Screen {
  name: string;
  path(): string;
  ready(page: Page): Promise<unknown>;
}

const documentLoaded = async (page: Page, path: string) => {
  await openMeeting(page, path.split("/").pop()!);
  await expect.poll(() => page.getByTestId("editor").innerText()).toContain(LONG_TITLE);
};

const SCREENS: Screen[] = [
  { name: "meeting list", path: () => "/", ready: (page) => page.getByTestId("meetings-upcoming").waitFor() },
  { name: "meeting page, agenda", path: () => `/m/${scenario.meetingId}`, ready: (page) => documentLoaded(page, `/m/${scenario.meetingId}`) },
  { name: "meeting page, minutes", path: () => `/m/${scenario.minutes.meetingId}`, ready: (page) => documentLoaded(page, `/m/${scenario.minutes.meetingId}`) },
  { name: "meeting flow", path: () => `/m/${scenario.minutes.meetingId}/forloeb`, ready: (page) => page.getByTestId("approvals").locator("li").first().waitFor() },
  { name: "dashboard", path: () => "/opfoelgning?scope=forum", ready: (page) => page.getByTestId("action-item-row").waitFor() },
  { name: "forums", path: () => "/fora", ready: (page) => page.getByTestId("section-moedeplan").locator("table, .empty-state").first().waitFor() },
  { name: "forum page", path: () => `/fora/${scenario.forum.id}`, ready: (page) => page.getByTestId("inbox-item").waitFor() },
  { name: "administration", path: () => "/admin", ready: (page) => page.getByTestId("admin-forum").first().waitFor() },
];

/** The secretary (who sees every page) logged in, then the window set to `width`. */
async function secretaryAt(width: number) {
  const session = await loggedInPage(browser, server.url, scenario.secretary.email);
  await session.page.setViewportSize({ width, height: 844 });
  return session;
}

async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, `${screen} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
}

/** Where an element stands in the window, or null when it is not shown. */
const boxOf = (page: Page, selector: string) => page.locator(selector).first().boundingBox();

describe.each([390, 1024])("every screen at %i px", (width) => {
  it("fits the width without scrolling sideways, and axe-core finds no violation", async () => {
    const { context, page } = await secretaryAt(width);
    for (const screen of SCREENS) {
      await page.goto(screen.path());
      await screen.ready(page);
      await expectNoSidewaysScroll(page, screen.name);
      await expectNoAxeViolations(page);
    }
    await page.goto("/");
    await page.getByRole("button", { name: "Nyt møde" }).click();
    await page.getByLabel("Titel").waitFor();
    await expectNoSidewaysScroll(page, "new meeting");
    await expectNoAxeViolations(page);
    await context.close();
  }, 120_000);
});

describe("on a phone (390 px)", () => {
  it("keeps agenda titles whole-word and puts every side panel one tap from the top", async () => {
    const { context, page } = await secretaryAt(390);
    await page.goto(`/m/${scenario.minutes.meetingId}`);
    await documentLoaded(page, `/m/${scenario.minutes.meetingId}`);
    const title = await page.locator(".agenda-title", { hasText: LONG_TITLE }).boundingBox();
    // One letter per line would leave the title a few dozen pixels wide and very tall.
    expect(title!.width).toBeGreaterThan(280);
    expect(title!.height).toBeLessThan(200);

    const views = page.getByTestId("workspace-views");
    for (const [view, panel] of [
      ["Status", "lifecycle-panel"],
      ["Indhold", "toc"],
      ["Beslutninger", "decisions-panel"],
      ["Eskaleringer", "meeting-escalations"],
      ["Til stede", "presence"],
    ]) {
      await views.getByRole("button", { name: view }).click();
      expect(await views.getByRole("button", { name: view }).getAttribute("aria-pressed")).toBe("true");
      const box = await boxOf(page, `[data-testid="${panel}"]`);
      expect(box && box.y >= 0 && box.y < 844, `${view} is in view`).toBe(true);
      expect(await page.getByTestId("editor").isVisible()).toBe(false);
    }
    await expect.poll(() => page.getByTestId("presence-item").count()).toBeGreaterThan(0);

    // Choosing an item in the contents shows the document again, at that item.
    await views.getByRole("button", { name: "Indhold" }).click();
    await page.getByTestId("toc-item").filter({ hasText: LONG_TITLE }).click();
    await expect.poll(() => page.getByTestId("editor").isVisible()).toBe(true);
    expect(await views.getByRole("button", { name: "Dokument" }).getAttribute("aria-pressed")).toBe("true");
    await expect.poll(async () => (await page.locator(".agenda-title", { hasText: LONG_TITLE }).boundingBox())!.y).toBeLessThan(844);
    await context.close();
  });

  it("folds the main menu behind a button", async () => {
    const { context, page } = await secretaryAt(390);
    await page.goto("/");
    const menu = page.getByRole("button", { name: "Menu" });
    expect(await page.getByRole("link", { name: "Opfølgning", exact: true }).isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await page.getByRole("link", { name: "Opfølgning", exact: true }).click();
    await page.waitForURL(/\/opfoelgning/);
    await expect.poll(() => menu.getAttribute("aria-expanded")).toBe("false");
    await context.close();
  });
});

describe("on a tablet (1024 px)", () => {
  it("keeps the header on one line and the side panels beside the document while it scrolls", async () => {
    const { context, page } = await secretaryAt(1024);
    await page.goto(`/m/${scenario.minutes.meetingId}`);
    await documentLoaded(page, `/m/${scenario.minutes.meetingId}`);
    const header = await boxOf(page, ".app-header");
    const [name, logout] = await Promise.all([boxOf(page, ".app-name"), boxOf(page, ".app-header button:has-text('Log ud')")]);
    expect(header!.height).toBeLessThan(72);
    expect(Math.abs(name!.y + name!.height / 2 - (logout!.y + logout!.height / 2))).toBeLessThan(8);
    expect(await page.getByTestId("workspace-views").isVisible()).toBe(false);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(800);
    const panel = await boxOf(page, ".side-panel");
    expect(panel!.y).toBeGreaterThanOrEqual(0);
    expect(panel!.y).toBeLessThan(200);
    await context.close();
  });
});
