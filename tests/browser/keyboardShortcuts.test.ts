import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../shared/editor/build.js";
import { SHORTCUTS } from "../../shared/editor/shortcuts.js";
import { launchBrowser, loggedInPage, openMeeting } from "../helpers/browser.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// The table's bindings as aria-keyshortcuts spells them on Linux, where the browser tests run.
const ariaKeys = (binding: string) =>
  binding
    .split("-")
    .map((key) => ({ Mod: "Control", Ctrl: "Control" })[key] ?? (key.length === 1 ? key.toUpperCase() : key))
    .join("+");

const dialog = (page: Page) => page.getByRole("dialog");
const focusInDialog = (page: Page) => page.evaluate(() => document.activeElement?.closest("dialog[open]") !== null);
const blockCount = (page: Page, kind: string) => page.getByTestId("editor").locator(`.${kind}`).count();

describe("keyboard shortcuts", () => {
  it("uses no Ctrl+Alt, lists every shortcut in a modal overview, and the shortcuts insert blocks", async () => {
    const scenario = await createMeetingScenario(
      server.deps.database.db,
      build.doc(build.agendaItem("Modeller til organisering", build.section("beslutning", build.paragraph("Drøftet."))), build.agendaItem("Eventuelt", build.paragraph())),
    );
    const { page, context } = await loggedInPage(browser, server.url, scenario.secretary.email);
    await openMeeting(page, scenario.meetingId);
    const k = page.keyboard;

    const toolbar = page.getByTestId("editor-toolbar");
    expect(await toolbar.locator("[data-testid^='toolbar-']").evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-keyshortcuts")))).toEqual([
      "Control+Shift+Enter",
      "Control+Shift+D",
      "Control+Shift+A",
      "Control+Shift+L",
    ]);
    for (const binding of Object.values(SHORTCUTS)) expect(binding.keys).not.toMatch(/(Mod|Ctrl)-Alt|Alt-(Mod|Ctrl)/);

    // "?" outside a text field opens the overview, with focus on its close button.
    await k.press("?");
    await expect.poll(() => dialog(page).getAttribute("open")).toBe("");
    expect(await dialog(page).getByRole("heading").first().innerText()).toBe("Tastaturgenveje");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Luk");
    const rows = dialog(page).getByTestId("keyboard-help-row");
    expect(await rows.count()).toBe(Object.keys(SHORTCUTS).length + 5);
    for (const [id, binding] of Object.entries(SHORTCUTS)) {
      expect(await dialog(page).locator(`[data-shortcut="${id}"] kbd`).getAttribute("data-keys")).toBe(ariaKeys(binding.keys));
    }
    expect(await dialog(page).locator('[data-shortcut="insertDecision"]').innerText()).toMatch(/^Beslutning\s+Ctrl\+Shift\+D$/);
    expect((await new AxeBuilder({ page }).include("dialog[open]").analyze()).violations).toEqual([]);

    // Focus stays inside while it is open, and Escape closes it.
    for (const key of ["Tab", "Tab", "Shift+Tab", "Tab"]) {
      await k.press(key);
      expect(await focusInDialog(page)).toBe(true);
    }
    await k.press("Escape");
    await expect.poll(() => dialog(page).count()).toBe(0);

    // The button opens it too, and focus returns to the button.
    const open = page.getByTestId("keyboard-help-open");
    await open.click();
    await expect.poll(() => dialog(page).count()).toBe(1);
    await dialog(page).getByRole("button", { name: "Luk" }).press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("keyboard-help-open");

    // In the document "?" is text, and the shortcuts insert blocks where the caret is.
    await page.getByTestId("editor").locator("p", { hasText: "Drøftet." }).click();
    await k.press("End");
    await k.type(" Hvorfor?");
    expect(await dialog(page).count()).toBe(0);
    await k.press("Enter");
    await k.press("Control+Shift+D");
    await k.type("Model 1 vælges.");
    await k.press("Enter");
    await k.press("Control+Shift+L");
    await k.type("Løftes til Direktørforum.");
    await k.press("Enter");
    // The AltGr chord of a Danish Windows keyboard no longer inserts anything.
    await k.press("Control+Alt+E");
    await k.press("Control+Alt+B");
    await expect.poll(() => blockCount(page, "decision")).toBe(1);
    expect(await blockCount(page, "escalation")).toBe(1);
    expect(await page.getByTestId("editor").locator(".decision").innerText()).toBe("Model 1 vælges.");
    expect(await page.getByTestId("editor").innerText()).toContain("Drøftet. Hvorfor?");

    // In English the overview speaks English.
    await page.getByRole("button", { name: "English" }).click();
    await open.click();
    expect(await dialog(page).getByRole("heading").first().innerText()).toBe("Keyboard shortcuts");
    expect(await dialog(page).locator('[data-shortcut="insertActionItem"]').innerText()).toMatch(/^Action item\s+Ctrl\+Shift\+A$/);
    await context.close();
  });
});
