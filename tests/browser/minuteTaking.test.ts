import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractBlocks, plainText, type DocJSON } from "../../shared/blocks/extractBlocks.js";
import { build } from "../../shared/editor/build.js";
import { launchBrowser, loggedInPage, openMeeting } from "../helpers/browser.js";
import { addForum, createMeetingScenario, reportTo } from "../helpers/factories.js";
import { storedDocument } from "../helpers/storedDocument.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
let browser: Browser;
let direktoerforumId: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A Chefforum meeting shaped like seed 003 (participants, a discussion item, Eventuelt) with a forum above and below. */
async function minutesScenario() {
  const { db } = server.deps.database;
  const scenario = await createMeetingScenario(
    db,
    build.doc(
      build.agendaItem(
        "Deltagere",
        build.attendance([
          { name: "Karin Holt", organisation: "Aalborg Kommune", role: "medformand" },
          { name: "Per Lund", organisation: "Jammerbugt Kommune" },
          { name: "Sofie Dam", organisation: "Region Nordjylland", role: "sekretariat" },
        ]),
      ),
      build.kindedItem("drøftelse", "Modeller til organisering", build.section("sagsfremstilling", build.paragraph("Tre modeller blev skitseret.")), build.section("beslutning")),
      build.agendaItem("Eventuelt", build.paragraph()),
    ),
  );
  const above = await addForum(db, scenario.forum, "Direktørforum", "direktoerforum");
  await reportTo(db, scenario.forum.id, [above.id]);
  await addForum(db, scenario.forum, "Driftsforum Voksen Somatik", "driftsforum", [scenario.forum.id]);
  direktoerforumId = above.id;
  return scenario;
}

/** Tabs from the top of the page until the document has focus, as a keyboard user gets there. */
async function tabIntoEditor(page: Page): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.getAttribute("data-testid") === "editor")) return;
  }
  throw new Error("Tab never reached the editor");
}

/** What holds the caret: the closest item section kind and the text of its block. */
function caret(page: Page) {
  return page.evaluate(() => {
    const node = document.getSelection()?.anchorNode;
    const el = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null);
    return { section: el?.closest("[data-section]")?.getAttribute("data-section") ?? null, text: el?.closest("p, h2")?.textContent ?? null };
  });
}

/** Presses ArrowDown until the caret is where `reached` says, failing after a bounded number of steps. */
async function arrowDownUntil(page: Page, reached: (at: Awaited<ReturnType<typeof caret>>) => boolean): Promise<void> {
  for (let i = 0; i < 20; i += 1) {
    if (reached(await caret(page))) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`caret never got there; it is at ${JSON.stringify(await caret(page))}`);
}

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.tagName);
const itemTitled = (doc: DocJSON, title: string) => doc.content?.find((node) => node.type === "agendaItem" && node.content?.[0] && plainText(node.content[0]) === title);

describe("taking minutes", () => {
  it("inserts every block kind, sets owners, due points and targets, marks an absence and reorders items", async () => {
    const scenario = await minutesScenario();
    const { page, context } = await loggedInPage(browser, server.url, scenario.secretary.email);
    await openMeeting(page, scenario.meetingId);
    const k = page.keyboard;
    await tabIntoEditor(page);

    // Participants: the list is one stop; Enter reaches the people, Space marks an absence.
    await k.press("Control+Home");
    await k.press("ArrowDown");
    await page.locator(".node-attendance.ProseMirror-selectednode").waitFor();
    await k.press("Enter");
    await k.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Afbud: Per Lund");
    await k.press("Space");
    await page.locator('[data-group="absent"] [data-attendee-id]', { hasText: "Per Lund" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-pressed"))).toBe("true");
    await k.press("Escape");

    // A decision from the slash menu, in the item's Beslutning section; Escape closes the menu first.
    await arrowDownUntil(page, (at) => at.section === "beslutning");
    await k.type("/");
    await page.getByTestId("slash-menu").waitFor();
    await k.press("Escape");
    await page.getByTestId("slash-menu").waitFor({ state: "detached" });
    await k.press("Backspace");
    await k.type("/besl");
    expect(await page.getByTestId("slash-menu").getByRole("option").allInnerTexts()).toEqual([expect.stringContaining("Beslutning"), "Beslutningsafsnit"]);
    await k.press("Enter");
    await k.type("Der var enighed om at tage udgangspunkt i model 1.");

    // An action item by shortcut; Tab reaches its owner and due point, Escape goes back.
    await k.press("Enter");
    await k.press("Control+Shift+A");
    await k.type("Kommissorierne tilrettes og fremlægges");
    await k.press("Tab");
    expect(await focusedTestId(page)).toBe("owner-select");
    // The forum's members arrive with the meeting context; type-ahead needs them listed.
    await page.locator(":focus option", { hasText: scenario.member.name }).waitFor({ state: "attached" });
    await k.type("Ulla");
    await k.press("Tab");
    await k.type("N");
    await k.press("Escape");
    expect(await focusedTestId(page)).toBe("editor");

    // A second one owned in free text and due on a condition.
    await k.press("Enter");
    await k.type("/akt");
    await k.press("Enter");
    await k.type("Udkast til kommissorium for underarbejdsgruppen");
    await k.press("Tab");
    await k.type("And");
    await k.press("Tab");
    await k.type("PLO Nordjylland");
    await k.press("Tab");
    await k.type("Bet");
    await k.press("Tab");
    await k.type("når vejledningen foreligger");
    await k.press("Escape");

    // An escalation up the ladder, target chosen by typing its name.
    await k.press("Enter");
    await k.type("/esk");
    await k.press("Enter");
    await k.type("Spørgsmålet om et regionsdækkende forum løftes");
    await k.press("Tab");
    await page.locator(":focus option", { hasText: "Direktørforum" }).waitFor({ state: "attached" });
    await k.type("Dir");
    await k.press("Escape");

    // A new item after this one, with a kind and an Indstilling; then moved up above it.
    await k.press("Control+Shift+Enter");
    await k.type("Mødeplan 2031");
    await k.press("Tab");
    await k.type("B");
    await k.press("Escape");
    await k.press("ArrowDown");
    await k.type("/indst");
    await k.press("Enter");
    await k.type("Godkender mødeplanen");
    await k.press("Alt+Shift+ArrowUp");
    await k.type(" for 2031");

    await expect.poll(() => page.getByTestId("toc-item").allInnerTexts()).toEqual(["1.\nDeltagere", "2.\nMødeplan 2031", "3.\nModeller til organisering", "4.\nEventuelt"]);

    // Persistence and extraction settle on their own schedule: poll the stored document until all of it is there.
    await waitFor(
      async () => {
        const doc = await storedDocument(server.deps.database.db, scenario.documentId);
        const extracted = extractBlocks(doc);
        expect(extracted.agendaItems.map((i) => [i.number, i.title, i.kind])).toEqual([
          ["1", "Deltagere", null],
          ["2", "Mødeplan 2031", "beslutning"],
          ["3", "Modeller til organisering", "drøftelse"],
          ["4", "Eventuelt", null],
        ]);
        const modeller = extracted.agendaItems[2].id;
        expect(extracted.decisions).toEqual([expect.objectContaining({ agendaItemId: modeller, text: "Der var enighed om at tage udgangspunkt i model 1." })]);
        expect(extracted.actionItems).toEqual([
          expect.objectContaining({
            agendaItemId: modeller,
            text: "Kommissorierne tilrettes og fremlægges",
            ownerKind: "person",
            ownerId: scenario.member.id,
            ownerName: scenario.member.name,
            dueKind: "naeste_moede",
          }),
          expect.objectContaining({
            agendaItemId: modeller,
            text: "Udkast til kommissorium for underarbejdsgruppen",
            ownerKind: "tekst",
            ownerName: "PLO Nordjylland",
            dueKind: "betingelse",
            dueCondition: "når vejledningen foreligger",
          }),
        ]);
        expect(extracted.escalations).toEqual([
          expect.objectContaining({
            agendaItemId: modeller,
            text: "Spørgsmålet om et regionsdækkende forum løftes",
            targetForumId: direktoerforumId,
            targetForumName: "Direktørforum",
            direction: "op",
          }),
        ]);
        expect(extracted.attendees.map((a) => [a.name, a.present])).toEqual([
          ["Karin Holt", true],
          ["Per Lund", false],
          ["Sofie Dam", true],
        ]);
        const recommendation = itemTitled(doc, "Mødeplan 2031")?.content?.find((node) => node.type === "itemSection");
        expect(recommendation?.attrs?.section).toBe("indstilling");
        expect(recommendation?.content?.map((node) => node.type)).toEqual(["paragraph", "orderedList"]);
        expect(plainText(recommendation!)).toBe("Det indstilles, at Chefforum:\nGodkender mødeplanen for 2031");
      },
      { timeout: 15_000 },
    );
    await context.close();
  });

  it("turns a pasted Word fragment with script into clean schema content", async () => {
    const scenario = await minutesScenario();
    const { page, context } = await loggedInPage(browser, server.url, scenario.secretary.email);
    await openMeeting(page, scenario.meetingId);
    await tabIntoEditor(page);
    await page.keyboard.press("Control+End");
    // The editor has taken the new caret position once it tells others where the user is.
    const ownLocation = page.locator('[data-testid="presence-item"][data-self] [data-testid="presence-location"]');
    await expect.poll(() => ownLocation.textContent()).toBe("Punkt 3");
    expect((await caret(page)).text).toBe("");

    await page.evaluate((html) => {
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", "Status på indsatsen");
      document.activeElement!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, WORD_PASTE);

    const eventuelt = await waitFor(async () => {
      const item = itemTitled(await storedDocument(server.deps.database.db, scenario.documentId), "Eventuelt");
      expect(plainText(item!)).toContain("Anden anbefaling");
      return item!;
    });
    const json = JSON.stringify(eventuelt);
    for (const junk of ["script", "onerror", "javascript:", "pwned", "mso", "o:p", "Times New Roman", "StartFragment"]) expect(json).not.toContain(junk);
    expect(plainText(eventuelt)).toBe("Eventuelt\nStatus på indsatsen\nFørste anbefaling\nAnden anbefaling\nSe linket og billedet.");
    const [, heading, list] = eventuelt.content!;
    expect(heading.content?.[0].marks).toEqual([{ type: "bold" }]);
    expect(list.type).toBe("orderedList");
    expect(list.content?.map(plainText)).toEqual(["Første anbefaling", "Anden anbefaling"]);
    expect(await page.evaluate(() => (window as { pwned?: boolean }).pwned)).toBeUndefined();
    await context.close();
  });

  it("attaches files to an item's Bilag: refuses a wrong type in Danish, and members see and download the rest", async () => {
    const { db } = server.deps.database;
    const scenario = await createMeetingScenario(db, build.doc(build.agendaItem("Omprioritering af klyngemidler", build.section("bilag", build.paragraph()))));
    const secretary = await loggedInPage(browser, server.url, scenario.secretary.email);
    const member = await loggedInPage(browser, server.url, scenario.member.email);
    await Promise.all([openMeeting(secretary.page, scenario.meetingId), openMeeting(member.page, scenario.meetingId)]);
    expect(await member.page.getByRole("button", { name: "Vedhæft bilag" }).count()).toBe(0);

    const input = secretary.page.getByTestId("attachment-input");
    expect(await input.getAttribute("accept")).toContain(".docx");
    await input.setInputFiles({ name: "program.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") });
    const alert = secretary.page.getByTestId("attachments").getByRole("alert");
    await expect.poll(() => alert.textContent()).toMatch(/^Filtypen er ikke tilladt/);

    const pdf = Buffer.from("%PDF-1.4\n% Status for indsatser\n");
    await input.setInputFiles({ name: "Status for indsatser.pdf", mimeType: "application/pdf", buffer: pdf });
    await alert.waitFor({ state: "detached" });
    const link = member.page.getByTestId("attachment").getByRole("link", { name: "Status for indsatser.pdf" });
    await link.waitFor({ timeout: 10_000 });
    const downloaded = await member.page.evaluate(async (href) => [...new Uint8Array(await (await fetch(href!)).arrayBuffer())], await link.getAttribute("href"));
    expect(Buffer.from(downloaded).equals(pdf)).toBe(true);
    await secretary.context.close();
    await member.context.close();
  });
});

// What Word puts on the clipboard (trimmed), plus script in three disguises.
const WORD_PASTE = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">
<style>p.MsoNormal{margin:0cm;font-family:"Calibri"}</style><!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]--></head>
<body lang=DA style='tab-interval:65.2pt'><!--StartFragment-->
<p class=MsoNormal style='margin:0cm'><b><span style='font-size:12.0pt'>Status på indsatsen</span></b><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;</span></span><![endif]>Første anbefaling<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;</span></span><![endif]>Anden anbefaling<o:p></o:p></p>
<script>window.pwned = true</script>
<p class=MsoNormal>Se <a href="javascript:window.pwned=true">linket</a> og <img src="x" onerror="window.pwned=true" alt="">billedet.</p>
<!--EndFragment--></body></html>`;
