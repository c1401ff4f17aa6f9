import type { Browser, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractBlocks } from "../../shared/blocks/extractBlocks.js";
import { build } from "../../shared/editor/build.js";
import { latestDueYear } from "../../shared/rules/dueDates.js";
import { launchBrowser, loggedInPage, openMeeting } from "../helpers/browser.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { storedDocument } from "../helpers/storedDocument.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Types into the year of a date input (its third segment, whatever the order of day and month). */
async function typeYear(input: Locator, digits: string) {
  await input.focus();
  await input.press("ArrowRight");
  await input.press("ArrowRight");
  await input.page().keyboard.type(digits);
}

/** Tabs out of a date input (Chrome stops on its calendar button on the way). */
async function tabOut(input: Locator) {
  for (let i = 0; i < 3 && (await input.evaluate((el) => el === document.activeElement)); i += 1) await input.page().keyboard.press("Tab");
  expect(await input.evaluate((el) => el === document.activeElement)).toBe(false);
}

describe("an action item's fields", () => {
  it("say what is wrong as it is typed, and never store what they do not show", async () => {
    const scenario = await createMeetingScenario(
      server.deps.database.db,
      build.doc(
        build.agendaItem(
          "Opfølgning på kommissorier",
          build.section("beslutning", build.actionItem("Kommissorierne tilrettes"), build.actionItem("Gammelt punkt", { status: "lukket", dueKind: "dato", dueDate: "2027-02-30" })),
        ),
      ),
    );
    const { page, context } = await loggedInPage(browser, server.url, scenario.secretary.email);
    await openMeeting(page, scenario.meetingId);
    const stored = async () => extractBlocks(await storedDocument(server.deps.database.db, scenario.documentId)).actionItems;
    const first = page.locator(".action-item", { hasText: "Kommissorierne tilrettes" });
    const dateInput = first.getByTestId("due-date");
    const dateProblem = first.getByTestId("due-date-problem");

    await first.getByTestId("due-select").selectOption("dato");
    await expect.poll(() => dateProblem.textContent()).toBe("Vælg fristens dato.");

    // A real date is stored as entered, and the message goes.
    await dateInput.fill("2027-03-15");
    await expect.poll(() => dateProblem.textContent()).toBe("");
    await waitFor(async () => expect((await stored())[0]).toMatchObject({ dueKind: "dato", dueDate: "2027-03-15" }));

    // "12027" typed into the year: shown with what is wrong, the field marked invalid, nothing stored.
    await typeYear(dateInput, "12027");
    expect(await dateInput.inputValue()).toBe("12027-03-15");
    await expect.poll(() => dateProblem.textContent()).toBe("Året skal have fire cifre, fx 2027. Fristen er ikke ændret.");
    expect(await dateInput.getAttribute("aria-invalid")).toBe("true");
    // Leaving the field shows what is stored again and keeps saying why.
    await tabOut(dateInput);
    expect(await dateInput.inputValue()).toBe("2027-03-15");
    expect(await dateProblem.textContent()).toBe("Året skal have fire cifre, fx 2027. Fristen er ikke ændret.");
    // Changed after it, so once this is stored the wrong year would have been too.
    await first.getByTestId("owner-select").selectOption("sekretariatet");
    await waitFor(async () => expect((await stored())[0]).toMatchObject({ ownerKind: "sekretariatet", dueDate: "2027-03-15" }));

    // A year out of range is refused the same way.
    await typeYear(dateInput, "1999");
    await expect.poll(() => dateProblem.textContent()).toBe(`Året skal ligge mellem 2000 og ${latestDueYear(new Date())}. Fristen er ikke ændret.`);
    await tabOut(dateInput);
    expect(await dateInput.inputValue()).toBe("2027-03-15");
    // A year typed digit by digit passes through 0002, 0020, 0202 without a word, and is stored once whole.
    await typeYear(dateInput, "2028");
    expect(await dateInput.inputValue()).toBe("2028-03-15");
    await expect.poll(() => dateProblem.textContent()).toBe("");
    await waitFor(async () => expect((await stored())[0]).toMatchObject({ dueDate: "2028-03-15" }));

    // Free-text owner and condition say what is missing until it is typed.
    await first.getByTestId("owner-select").selectOption("tekst");
    await expect.poll(() => first.getByTestId("owner-text-problem").textContent()).toBe("Skriv, hvem der er ansvarlig.");
    await first.getByTestId("owner-text").fill("PLO Nordjylland");
    await expect.poll(() => first.getByTestId("owner-text-problem").textContent()).toBe("");
    await waitFor(async () => expect((await stored())[0]).toMatchObject({ ownerKind: "tekst", ownerName: "PLO Nordjylland", dueDate: "2028-03-15" }));
    await first.getByTestId("due-select").selectOption("betingelse");
    await expect.poll(() => first.getByTestId("due-condition-problem").textContent()).toBe("Skriv betingelsen for fristen.");
    await first.getByTestId("due-condition").fill("når vejledningen foreligger");
    await expect.poll(() => first.getByTestId("due-condition-problem").textContent()).toBe("");

    // Stored values this version cannot read are shown as stored, with what is wrong, instead of as defaults.
    const second = page.locator(".action-item", { hasText: "Gammelt punkt" });
    expect(await second.getByTestId("action-status").inputValue()).toBe("lukket");
    expect(await second.getByTestId("action-status-problem").textContent()).toBe("Ukendt status »lukket«. Vælg en af de andre.");
    expect(await second.getByTestId("due-date-problem").textContent()).toBe("Den gemte frist »2027-02-30« er ikke en gyldig dato. Vælg en ny.");
    await second.getByTestId("action-status").selectOption("udført");
    await expect.poll(() => second.getByTestId("action-status-problem").textContent()).toBe("");
    await waitFor(async () =>
      expect(await stored()).toEqual([
        expect.objectContaining({ ownerName: "PLO Nordjylland", dueKind: "betingelse", dueDate: null, dueCondition: "når vejledningen foreligger" }),
        expect.objectContaining({ text: "Gammelt punkt" }),
      ]),
    );
    await waitFor(async () => expect((await storedDocument(server.deps.database.db, scenario.documentId)).content?.[0].content?.[1].content?.[1].attrs?.status).toBe("udført"));

    // The English interface says the same in English.
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => second.getByTestId("due-date-problem").textContent()).toBe("The stored due date “2027-02-30” is not a valid date. Choose a new one.");
    await context.close();
  });
});
