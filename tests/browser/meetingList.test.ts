import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMeeting } from "../../server/commands/meetingCreator.js";
import { copenhagenDate, copenhagenTime } from "../../shared/rules/copenhagenTime.js";
import { expectNoAxeViolations } from "../helpers/axe.js";
import { launchBrowser, loggedInPage } from "../helpers/browser.js";
import { addMember, createForum, createMeetingScenario } from "../helpers/factories.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let browser: Browser;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let nord: { id: string; name: string };
const soon = new Date(Date.now() + 10 * 86_400_000);
const later = new Date(Date.now() + 40 * 86_400_000);

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const { db } = server.deps.database;
  // The scenario's own meeting is the newest of the earlier ones.
  scenario = await createMeetingScenario(db, undefined, { startsAt: copenhagenTime(2024, 6, 10, 14, 0) });
  // Ten days ahead under the 14-day rule: the agenda should have gone out already.
  await createMeeting(db, { forumId: scenario.forum.id, title: "Snart møde", startsAt: soon });
  await createMeeting(db, { forumId: scenario.forum.id, title: "Senere møde", startsAt: later });
  await createMeeting(db, { forumId: scenario.forum.id, title: "Marts-mødet", startsAt: copenhagenTime(2021, 3, 9, 10, 0) });
  nord = await createForum(db, "Driftsforum Nord");
  await addMember(db, nord.id, scenario.member.id, "member");
  await createMeeting(db, { forumId: nord.id, title: "Nordmødet", startsAt: copenhagenTime(2020, 1, 14, 10, 0) });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const titles = (page: Page, group: "upcoming" | "earlier") => page.getByTestId(`meetings-${group}`).locator(".meeting-card__title").allInnerTexts();

describe("the meeting list", () => {
  it("warns the secretariat of a missed agenda deadline, and shows members the next deadline only", async () => {
    const secretary = await loggedInPage(browser, server.url, scenario.secretary.email);
    const card = secretary.page.getByTestId("meeting-item").filter({ hasText: "Snart møde" });
    await expect.poll(() => card.getByTestId("next-deadline").innerText()).toContain("Dagsorden skal udsendes senest");
    expect(await card.getByTestId("next-deadline").innerText()).toContain("Fristen er overskredet");
    expect(await card.getByTestId("meeting-status").innerText()).toBe("Planlagt");
    await expectNoAxeViolations(secretary.page);
    await secretary.context.close();

    const member = await loggedInPage(browser, server.url, scenario.member.email);
    const memberCard = member.page.getByTestId("meeting-item").filter({ hasText: "Snart møde" });
    await expect.poll(() => memberCard.getByTestId("next-deadline").innerText()).toContain("Dagsorden skal udsendes senest");
    expect(await memberCard.getByTestId("next-deadline").innerText()).not.toContain("Fristen er overskredet");
    await member.context.close();
  });

  it("puts upcoming meetings first, soonest first, and the earlier ones after, newest first", async () => {
    const { context, page } = await loggedInPage(browser, server.url, scenario.member.email);
    await expect.poll(() => titles(page, "upcoming")).toEqual(["Snart møde", "Senere møde"]);
    expect(await titles(page, "earlier")).toEqual(["Møde i Chefforum", "Marts-mødet", "Nordmødet"]);
    expect(await page.getByTestId("meetings-earlier").getByTestId("meeting-item").first().innerText()).toContain(scenario.forum.name.toUpperCase());
    await context.close();
  });

  it("filters by forum and by text, keeps both in the URL, and shows every meeting again on request", async () => {
    const { context, page } = await loggedInPage(browser, server.url, scenario.member.email);
    await page.getByRole("search").getByLabel("Forum").selectOption({ label: scenario.forum.name });
    await expect.poll(() => titles(page, "earlier")).toEqual(["Møde i Chefforum", "Marts-mødet"]);
    // Typed one key at a time, as a person would: every key must land although the URL follows a moment later.
    await page.getByLabel("Søg").pressSequentially("marts 2021");
    await expect.poll(() => titles(page, "earlier")).toEqual(["Marts-mødet"]);
    expect(await titles(page, "upcoming")).toEqual([]);
    expect(await page.getByTestId("meetings-upcoming").innerText()).toContain("Ingen kommende møder.");
    expect(await page.getByRole("status").filter({ hasText: "Viser" }).innerText()).toBe("Viser 1 af 5 møder");
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ forum: scenario.forum.id, q: "marts 2021" });

    await page.reload();
    await expect.poll(() => titles(page, "earlier")).toEqual(["Marts-mødet"]);
    expect(await page.getByLabel("Søg").inputValue()).toBe("marts 2021");
    await page.getByLabel("Søg").fill("ingen sådan møde");
    await expect.poll(() => page.getByTestId("meetings-no-match").innerText()).toBe("Ingen møder passer til søgningen.");
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Vis alle møder" }).click();
    await expect.poll(() => titles(page, "earlier")).toEqual(["Møde i Chefforum", "Marts-mødet", "Nordmødet"]);
    expect(new URL(page.url()).search).toBe("");
    await context.close();
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
    await expectNoAxeViolations(page);
    await context.close();
  });
});
