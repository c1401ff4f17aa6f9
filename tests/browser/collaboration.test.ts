import { eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetings } from "../../db/schema/index.js";
import { build } from "../../shared/editor/build.js";
import { launchBrowser, loggedInPage, openMeeting } from "../helpers/browser.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let browser: Browser;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  scenario = await createMeetingScenario(
    server.deps.database.db,
    build.doc(build.agendaItem("Godkendelse af dagsorden", build.paragraph("Indstilling.")), build.agendaItem("Eventuelt", build.paragraph())),
  );
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Puts the caret at the end of the last paragraph of the document and types. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.getByTestId("editor").locator("p").last().click();
  await page.keyboard.press("End");
  await page.keyboard.type(text);
}

/** The label CSS draws over the first decision block of the document. */
const decisionLabel = (page: Page) => page.getByTestId("editor").locator(".decision").first().evaluate((el) => getComputedStyle(el, "::before").content);

describe("two people in one meeting", () => {
  it("see each other's text, cursors and decisions live", async () => {
    const chair = await loggedInPage(browser, server.url, scenario.chair.email);
    const secretary = await loggedInPage(browser, server.url, scenario.secretary.email);
    await Promise.all([openMeeting(chair.page, scenario.meetingId), openMeeting(secretary.page, scenario.meetingId)]);
    const chairEditor = chair.page.getByTestId("editor");
    const secretaryEditor = secretary.page.getByTestId("editor");
    await expect.poll(() => chairEditor.innerText()).toContain("Godkendelse af dagsorden");

    await typeAtEnd(chair.page, "Formanden byder velkommen.");
    await typeAtEnd(secretary.page, " Sekretariatet noterer.");
    await expect.poll(() => secretaryEditor.innerText(), { timeout: 10_000 }).toContain("Formanden byder velkommen.");
    await expect.poll(() => chairEditor.innerText(), { timeout: 10_000 }).toContain("Sekretariatet noterer.");

    await expect.poll(() => chair.page.locator(".collaboration-carets__label").allInnerTexts()).toContain(scenario.secretary.name);
    await expect.poll(() => secretary.page.locator(".collaboration-carets__label").allInnerTexts()).toContain(scenario.chair.name);
    await expect.poll(() => chair.page.getByTestId("presence-item").allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining(scenario.secretary.name)]),
    );

    await secretary.page.getByTestId("toolbar-decision").click();
    await secretary.page.keyboard.type("Dagsordenen blev godkendt.");
    const panel = chair.page.getByTestId("decisions-panel");
    await expect.poll(() => panel.getByTestId("decision-item").allInnerTexts(), { timeout: 10_000 }).toEqual([
      expect.stringContaining("Dagsordenen blev godkendt."),
    ]);

    // The meeting has not been held: what the agenda decides is a proposal, in the document and in the panel.
    expect(await decisionLabel(chair.page)).toBe('"Forslag til beslutning"');
    expect(await panel.locator("h2").innerText()).toContain("Forslag til beslutning");
    expect(await panel.getByTestId("decisions-proposals").innerText()).toContain("Forslagene bliver beslutninger, når mødet går i gang.");
    // The agenda goes out and the meeting is about to begin; starting it turns the proposals into decisions.
    await server.deps.database.db.update(meetings).set({ status: "dagsorden_udsendt", startsAt: new Date(Date.now() + 30 * 60_000) }).where(eq(meetings.id, scenario.meetingId));
    await openMeeting(chair.page, scenario.meetingId);
    await expect.poll(() => decisionLabel(chair.page)).toBe('"Forslag til beslutning"');
    await chair.page.getByRole("button", { name: "Start mødet", exact: true }).click();
    await expect.poll(() => chair.page.getByTestId("meeting-status").innerText()).toBe("Mødet er i gang");
    expect(await decisionLabel(chair.page)).toBe('"Beslutning"');
    await expect.poll(() => panel.locator("h2").innerText(), { timeout: 10_000 }).toMatch(/^Beslutninger/);
    expect(await panel.getByTestId("decisions-proposals").count()).toBe(0);
    await chair.context.close();
    await secretary.context.close();
  });

  it("shows a member the document live but lets them not type", async () => {
    const member = await loggedInPage(browser, server.url, scenario.member.email);
    const chair = await loggedInPage(browser, server.url, scenario.chair.email);
    await Promise.all([openMeeting(member.page, scenario.meetingId), openMeeting(chair.page, scenario.meetingId)]);
    const editor = member.page.getByTestId("editor");
    expect(await editor.getAttribute("contenteditable")).toBe("false");
    await member.page.getByTestId("read-only-banner").waitFor();
    expect(await member.page.getByTestId("editor-toolbar").count()).toBe(0);

    await typeAtEnd(chair.page, "Nyt fra formanden.");
    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toContain("Nyt fra formanden.");
    await member.context.close();
    await chair.context.close();
  });
});
