import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plainText } from "../../shared/blocks/extractBlocks.js";
import { createMeeting } from "../../server/commands/meetingCreator.js";
import { build } from "../../shared/editor/build.js";
import { copenhagenTime } from "../../shared/rules/copenhagenTime.js";
import { expectNoAxeViolations } from "../helpers/axe.js";
import { launchBrowser, loggedInPage } from "../helpers/browser.js";
import { docEdits } from "../helpers/docEdits.js";
import { createMeetingScenario, holdMeeting } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { connectClient, synced } from "../helpers/syncClient.js";
import { storedDocument } from "../helpers/storedDocument.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
let browser: Browser;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  scenario = await createMeetingScenario(
    server.deps.database.db,
    build.doc(
      build.agendaItem("Godkendelse af dagsorden", build.paragraph("Dagsordenen blev godkendt.")),
      build.agendaItem("Modeller til organisering", build.paragraph("Borgeren 010203-1234 blev omtalt.")),
    ),
    // Held already, so every step of the lifecycle may be taken.
    { startsAt: copenhagenTime(2025, 3, 4, 14, 0) },
  );
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Logs in through the login page; a missing element fails within 10 s, well inside the test's time. */
async function signIn(email: string) {
  const session = await loggedInPage(browser, server.url, email);
  session.context.setDefaultTimeout(10_000);
  return session;
}

const status = (page: Page) => page.getByTestId("meeting-status").innerText();
const stepButtons = (page: Page) => page.getByTestId("lifecycle-panel").locator(".lifecycle__steps button").allInnerTexts();

/** Clicks a lifecycle step (and its confirmation, when it asks for one) and waits for the new status. */
async function takeStep(page: Page, step: string, confirm: boolean, expected: string): Promise<void> {
  await page.getByRole("button", { name: step, exact: true }).click();
  if (confirm) await page.getByRole("button", { name: `Bekræft: ${step}` }).click();
  await expect.poll(() => status(page)).toBe(expected);
}

describe("a meeting's course from agenda to approved minutes", () => {
  it("is walked by the secretariat, commented and approved by a member, resolved, approved by the chair, and refused publication over a CPR number", async () => {
    const secretary = await signIn(scenario.secretary.email);
    const page = secretary.page;
    await page.goto(`/m/${scenario.meetingId}/forloeb`);
    await expect.poll(() => status(page)).toBe("Planlagt");
    expect(await page.getByTestId("deadlines").innerText()).toContain("Dagsorden skal udsendes senest tirsdag 18. februar 2025");

    await takeStep(page, "Start dagsorden", false, "Dagsorden i kladde");
    await takeStep(page, "Udsend dagsorden", true, "Dagsorden udsendt");
    await takeStep(page, "Start mødet", false, "Mødet er i gang");
    await takeStep(page, "Start referat", false, "Referat i kladde");
    await page.getByRole("button", { name: "Udsend referat", exact: true }).click();
    await page.getByRole("button", { name: "Bekræft: Udsend referat" }).click();
    await expect.poll(() => page.getByTestId("cpr-findings").innerText()).toContain("punkt 2 (Modeller til organisering): 010203-1234");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Udsend referat alligevel" }).click();
    await expect.poll(() => status(page)).toBe("Referat udsendt");
    expect(await stepButtons(page)).toEqual([]);
    expect(await page.getByTestId("deadlines").innerText()).toContain("Bemærkninger senest");
    const versions = () => page.getByTestId("version-list").locator("li strong").allInnerTexts();
    await expect.poll(versions).toEqual(["Dagsorden, version 1", "Referat, version 1"]);

    const member = await signIn(scenario.member.email);
    await member.page.goto(`/m/${scenario.meetingId}/forloeb`);
    expect(await stepButtons(member.page)).toEqual([]);
    await member.page.getByRole("combobox", { name: /^Punkt/ }).selectOption({ label: "Punkt 2: Modeller til organisering" });
    await member.page.getByRole("textbox", { name: /^Bemærkning/ }).fill("Modellen hedder Model B, ikke Model A.");
    await member.page.getByRole("button", { name: "Send bemærkning" }).click();
    const written = member.page.getByTestId("comment");
    await expect.poll(() => written.innerText()).toContain("Modellen hedder Model B, ikke Model A.");
    expect(await written.innerText()).toContain(scenario.member.name);
    expect(await written.innerText()).toContain("Punkt 2: Modeller til organisering");
    expect(await written.innerText()).toContain("Afventer sekretariatet");
    expect(await written.getByRole("button", { name: "Afslut bemærkning" }).count()).toBe(0);
    await expectNoAxeViolations(member.page);
    await member.page.getByRole("button", { name: "Godkend referatet" }).click();
    await expect.poll(() => member.page.getByTestId("approvals").innerText()).toContain(`${scenario.member.name}: godkendt`);
    await member.context.close();

    const editor = connectClient(server.url, scenario.documentId, await login(server, scenario.secretary.email));
    await synced(editor);
    docEdits.typeInItem(editor.doc, 1, "Model B blev valgt.");
    await waitFor(async () => expect(plainText(await storedDocument(server.deps.database.db, scenario.documentId))).toContain("Model B blev valgt."));
    await page.reload();
    const comment = page.getByTestId("comment");
    await comment.getByLabel("Sådan er bemærkningen håndteret").fill("Rettet i referatet.");
    await comment.getByRole("button", { name: "Afslut bemærkning" }).click();
    await expect.poll(() => comment.innerText()).toContain("Håndteret: Rettet i referatet.");

    await page.getByRole("button", { name: "Udsend revideret version" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Referat, version 2 er udsendt." }).count()).toBe(1);
    await page.getByRole("button", { name: "Sammenlign" }).click();
    const changes = page.getByTestId("compare-result");
    await expect.poll(() => changes.innerText()).toContain("Ændret: Modeller til organisering");
    await expect.poll(versions).toEqual(["Dagsorden, version 1", "Referat, version 1", "Referat, version 2"]);
    expect(await changes.locator("ins").innerText()).toContain("Model B blev valgt.");
    await expectNoAxeViolations(page);
    editor.destroy();
    await secretary.context.close();

    const chair = await signIn(scenario.chair.email);
    await chair.page.goto(`/m/${scenario.meetingId}/forloeb`);
    await expect.poll(() => chair.page.getByTestId("approvals").innerText()).toContain(`${scenario.chair.name}: har ikke godkendt endnu`);
    expect(await stepButtons(chair.page)).toEqual([]);
    await chair.page.getByRole("button", { name: "Godkend referatet" }).click();
    await expect.poll(() => status(chair.page)).toBe("Referat godkendt");
    await chair.page.getByRole("button", { name: "Offentliggør", exact: true }).click();
    await chair.page.getByRole("button", { name: "Bekræft: Offentliggør" }).click();
    await expect
      .poll(() => chair.page.getByTestId("lifecycle-panel").getByRole("alert").innerText())
      .toBe("Referatet kan ikke offentliggøres: der står noget, der ligner et CPR-nummer, i punkt 2 (Modeller til organisering). Genåbn referatet og fjern det.");
    expect(await status(chair.page)).toBe("Referat godkendt");
    await expectNoAxeViolations(chair.page);
    const { meeting } = await (await server.request(`/api/meetings/${scenario.meetingId}`, { cookie: await login(server, scenario.chair.email) })).json();
    expect(meeting.status).toBe("godkendt");
    await chair.context.close();
  });

  it("lists the forum's open action items from earlier meetings in a later one, live", async () => {
    const { db } = server.deps.database;
    const cookie = await login(server, scenario.secretary.email);
    const earlier = await createMeeting(db, { forumId: scenario.forum.id, title: "Møde i januar", startsAt: copenhagenTime(2025, 1, 14, 13, 0), content: build.doc(build.agendaItem("Opfølgning", build.paragraph())) });
    await holdMeeting(db, earlier.meetingId);
    const editor = connectClient(server.url, earlier.documentId, cookie);
    await synced(editor);
    const id = docEdits.addBlock(editor.doc, 0, "actionItem", "Kommissorierne tilrettes", { ownerKind: "sekretariatet", ownerName: "Sekretariatet" });
    editor.destroy();
    await waitFor(async () => {
      const { actionItems } = await (await server.request(`/api/meetings/${scenario.meetingId}/carry-over`, { cookie })).json();
      expect(actionItems.map((a: { id: string }) => a.id)).toEqual([id]);
    });

    const { context, page } = await signIn(scenario.member.email);
    await page.goto(`/m/${scenario.meetingId}/forloeb`);
    const item = page.getByTestId("carry-over-item");
    await expect.poll(() => item.innerText()).toContain("Kommissorierne tilrettes");
    expect(await item.innerText()).toContain("Åben");
    expect(await item.getByRole("link").getAttribute("href")).toBe(`/m/${earlier.meetingId}`);
    expect(await item.getByRole("link").innerText()).toContain("Besluttet på Møde i januar, tirsdag 14. januar 2025, Punkt 1: Opfølgning");
    expect(await page.getByTestId("meeting-escalations").innerText()).toContain("Ingen eskaleringer fra dette møde.");

    const patch = (status: string) => server.request(`/api/action-items/${earlier.documentId}/${id}`, { method: "PATCH", json: { status }, cookie });
    expect((await patch("i gang")).status).toBe(200);
    await expect.poll(() => item.innerText(), { timeout: 8000 }).toContain("I gang");
    expect((await patch("udført")).status).toBe(200);
    await expect.poll(() => page.getByTestId("carry-over").innerText(), { timeout: 8000 }).toContain("Ingen åbne aktionspunkter fra tidligere møder");
    await context.close();
  });
});
