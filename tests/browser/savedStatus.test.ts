import postgres from "postgres";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../shared/editor/build.js";
import { expectNoAxeViolations } from "../helpers/axe.js";
import { launchBrowser, loggedInPage, openMeeting } from "../helpers/browser.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { storedDocument } from "../helpers/storedDocument.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let browser: Browser;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;

beforeAll(async () => {
  // A database that hangs stays "up" for a minute here, so only its answer can turn "Gemmer…" into "Gemt".
  [server, browser] = await Promise.all([startTestServer({ DATABASE_COMMIT_TIMEOUT_MS: "60000" }), launchBrowser()]);
  scenario = await createMeetingScenario(server.deps.database.db, build.doc(build.agendaItem("Eventuelt", build.paragraph("Intet."))));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("what the editor says is stored", () => {
  it("says Gemmer… while the database holds the edit back, Gemt only once it is in Postgres, and asks before leaving meanwhile", async () => {
    const { page } = await loggedInPage(browser, server.url, scenario.secretary.email);
    await openMeeting(page, scenario.meetingId);
    const status = page.getByTestId("connection-status");
    await expect.poll(() => status.innerText()).toBe("Gemt");

    const locker = postgres(server.databaseUrl, { onnotice: () => {}, max: 1 });
    const paused = await locker.reserve();
    try {
      await paused`begin`;
      await paused`lock table document_updates in access exclusive mode`;
      await page.getByTestId("editor").locator("p").last().click();
      await page.keyboard.press("End");
      await page.keyboard.type(" Skrevet mens databasen venter.");
      await expect.poll(() => status.innerText()).toBe("Gemmer…");
      expect(await status.getAttribute("data-stored")).toBe("false");
      await expectNoAxeViolations(page);

      const dialog = new Promise<string>((resolve) => page.once("dialog", (d) => void d.dismiss().then(() => resolve(d.type()))));
      await page.close({ runBeforeUnload: true });
      expect(await dialog).toBe("beforeunload");
      expect(page.isClosed()).toBe(false);
      expect(await status.innerText()).toBe("Gemmer…");

      await paused`commit`;
      await expect.poll(() => status.innerText(), { timeout: 15_000 }).toBe("Gemt");
      expect(JSON.stringify(await storedDocument(server.deps.database.db, scenario.documentId))).toContain("Skrevet mens databasen venter.");
    } finally {
      await paused`rollback`;
      paused.release();
      await locker.end();
    }
  });
});
