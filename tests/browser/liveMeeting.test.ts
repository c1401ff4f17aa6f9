import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../shared/editor/build.js";
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

const TITLES = ["Godkendelse af dagsorden", "Modeller til organisering", "Omprioritering af klyngemidler", "Orientering fra politisk niveau", "Mødeplan 2031", "Eventuelt"];

// Items long enough that the later ones start well below the first screen.
const agenda = build.doc(
  ...TITLES.map((title) =>
    build.agendaItem(title, build.section("sagsfremstilling", ...Array.from({ length: 6 }, (_, i) => build.paragraph(`${title}: afsnit ${i + 1} af sagsfremstillingen.`)))),
  ),
);

/**
 * The agenda items on a page by title (other people's caret labels left out),
 * with where each one's top is in the viewport and whether it is marked current.
 */
function items(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".agenda-item")].map((item) => {
      const title = item.querySelector(".agenda-title")?.cloneNode(true) as HTMLElement | undefined;
      title?.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
      return { title: title?.textContent ?? "", top: Math.round(item.getBoundingClientRect().top), current: item.dataset.current === "true" };
    }),
  );
}

/** True while the item's top is in the upper half of the viewport: it has been scrolled to. */
async function scrolledTo(page: Page, title: string): Promise<boolean> {
  const top = (await items(page)).find((item) => item.title === title)?.top;
  const height = await page.evaluate(() => window.innerHeight);
  return top !== undefined && top >= 0 && top < height / 2;
}

const currentTitles = async (page: Page) => (await items(page)).filter((item) => item.current).map((item) => item.title);
const nextFrames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** The scroll position once a smooth scroll has come to rest (unchanged over several frames). */
function restingScrollY(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        let last = window.scrollY;
        let still = 0;
        const check = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 5) done(last);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

describe("live meeting mode", () => {
  it("shows everyone the item the chair marks, scrolls followers to it, and says where each person is", async () => {
    const scenario = await createMeetingScenario(server.deps.database.db, agenda);
    const chair = await loggedInPage(browser, server.url, scenario.chair.email);
    const member = await loggedInPage(browser, server.url, scenario.member.email);
    await Promise.all([openMeeting(chair.page, scenario.meetingId), openMeeting(member.page, scenario.meetingId)]);

    // Readers follow by default, editors do not; nothing is current yet.
    expect(await member.page.getByTestId("follow-meeting").getAttribute("aria-pressed")).toBe("true");
    expect(await chair.page.getByTestId("follow-meeting").getAttribute("aria-pressed")).toBe("false");
    expect(await member.page.getByTestId("current-item-banner").textContent()).toBe("Intet punkt er markeret som aktuelt");
    expect(await scrolledTo(member.page, "Mødeplan 2031")).toBe(false);
    expect(await member.page.getByRole("button", { name: "Markér som aktuelt punkt" }).count()).toBe(0);

    // The chair goes to item 5 from the table of contents and marks it with the shortcut.
    await chair.page.getByTestId("toc").getByRole("button", { name: /Mødeplan 2031/ }).click();
    await chair.page.keyboard.press("Control+Shift+H");
    await expect.poll(() => currentTitles(chair.page)).toEqual(["Mødeplan 2031"]);

    await expect.poll(() => currentTitles(member.page), { timeout: 10_000 }).toEqual(["Mødeplan 2031"]);
    expect(await member.page.getByTestId("current-item-banner").textContent()).toBe("Aktuelt punkt: Punkt 5 – Mødeplan 2031");
    await expect.poll(() => scrolledTo(member.page, "Mødeplan 2031"), { timeout: 10_000 }).toBe(true);

    // The member's presence list places the chair in item 5.
    const chairEntry = member.page.getByTestId("presence-item").filter({ hasText: scenario.chair.name });
    await expect.poll(() => chairEntry.getByTestId("presence-location").textContent(), { timeout: 10_000 }).toBe("Punkt 5");

    // The button on an item moves the meeting on; the follower scrolls back up with it.
    await chair.page.locator(".agenda-item", { hasText: "Modeller til organisering" }).getByRole("button", { name: "Markér som aktuelt punkt" }).click();
    await expect.poll(() => currentTitles(member.page), { timeout: 10_000 }).toEqual(["Modeller til organisering"]);
    await expect.poll(() => scrolledTo(member.page, "Modeller til organisering"), { timeout: 10_000 }).toBe(true);

    // With following turned off the banner still changes, but the page stays put.
    await member.page.getByTestId("follow-meeting").click();
    expect(await member.page.getByTestId("follow-meeting").getAttribute("aria-pressed")).toBe("false");
    const scrollBefore = await restingScrollY(member.page);
    await chair.page.locator(".agenda-item", { hasText: "Eventuelt" }).getByRole("button", { name: "Markér som aktuelt punkt" }).click();
    await expect.poll(() => member.page.getByTestId("current-item-banner").textContent(), { timeout: 10_000 }).toBe("Aktuelt punkt: Punkt 6 – Eventuelt");
    await nextFrames(member.page);
    expect(await member.page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    expect(await scrolledTo(member.page, "Eventuelt")).toBe(false);

    await chair.context.close();
    await member.context.close();
  });
});
