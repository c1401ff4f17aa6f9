import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { TEST_PASSWORD } from "./factories.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Debian's Chromium, headless, with the flags that keep it off the network.
 * The global setup has built the client before any test file runs.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A fresh browser context logged in through the login page, as a person would. */
export async function loggedInPage(browser: Browser, baseUrl: string, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 }, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  // A missing element fails within 10 s, well inside any test's time.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.getByTestId("current-user").waitFor();
  return { context, page };
}

/** Opens a meeting and waits until its document has loaded and can be edited. */
export async function openMeeting(page: Page, meetingId: string): Promise<void> {
  await page.goto(`/m/${meetingId}`);
  await page.locator('[data-testid="connection-status"][data-status="connected"]').waitFor();
}
