import { describe, expect, it } from "vitest";
import { build } from "../../shared/editor/build.js";
import { documentSchema } from "../../shared/editor/schema.js";
import { publicForumsHtml, publicMinutesHtml, publicPage, renderMeetingHtml } from "../../server/render/index.js";
import { ABSENT_PERSON, BUDGET_TABLE, DECISION_TEXT, ITEM_TITLES, LIST_DECISION, jointMeeting, meeting, positionsInOrder } from "./fixture.js";

const html = renderMeetingHtml(meeting);

describe("renderMeetingHtml", () => {
  it("renders a document the editor's schema accepts", () => {
    expect(() => documentSchema().nodeFromJSON(meeting.doc).check()).not.toThrow();
  });

  it("heads the minutes with kind, title, forum, Danish date and place", () => {
    expect(html).toContain('<p class="meeting-header__kind">Referat</p>');
    expect(html).toContain("<h1>Møde i Chefforum</h1>");
    expect(html).toContain("Chefforum, Sundhedsklynge Midt");
    expect(html).toContain("mandag den 27. november 2023 kl. 14.00");
    expect(html).toContain("Mødelokale B, Regionshuset, Aalborg Øst");
    expect(html, "a meeting with no host, mødeleder or joint forum prints none").not.toMatch(/Vært|Mødeleder|Fællesmøde/);
  });

  it("heads a joint meeting with both forums, then the host and the mødeleder after the place", () => {
    const joint = renderMeetingHtml(jointMeeting);
    expect(joint).toContain('<p class="meeting-header__forum">Fællesmøde: Driftsgruppen Syd og Styregruppen Syd, Sundhedsklynge Syd</p>');
    expect(joint).toContain(
      '<dl class="meeting-header__facts"><dt>Mødedato</dt><dd>mandag den 27. november 2023 kl. 14.00</dd><dt>Mødested</dt><dd>Mødelokale B, Regionshuset, Aalborg Øst</dd>' +
        "<dt>Vært</dt><dd>Aalborg Kommune</dd><dt>Mødeleder</dt><dd>Karen Kommune Lund</dd></dl>",
    );
    const escaped = renderMeetingHtml({ ...jointMeeting, place: "", hostName: "<b>Kommune</b>", leaderName: " ", jointForumName: null });
    expect(escaped).toContain("<dt>Vært</dt><dd>&lt;b&gt;Kommune&lt;/b&gt;</dd></dl>");
    expect(escaped).not.toMatch(/Mødested|Mødeleder|Fællesmøde/);
  });

  it("lists every item in the table of contents, in order, linked to its anchor", () => {
    const toc = html.slice(html.indexOf('<nav class="toc"'), html.indexOf("</nav>"));
    const entries = ITEM_TITLES.map((title, i) => `<li><a href="#punkt-${i + 1}">Punkt ${i + 1}: ${title}</a></li>`);
    expect(positionsInOrder(toc, entries)).not.toContain(-1);
    const anchors = ITEM_TITLES.map((title, i) => `id="punkt-${i + 1}" aria-labelledby="punkt-${i + 1}-titel"><h2 id="punkt-${i + 1}-titel">Punkt ${i + 1}: ${title}</h2>`);
    expect(positionsInOrder(html, anchors)).not.toContain(-1);
  });

  it("escapes markup in text and keeps only safe links", () => {
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain("klik her");
    expect(html).toContain('<a href="https://rn.dk/referater" rel="noopener noreferrer">referatet</a>');
  });

  it("shows sections, decisions, action items and escalations in the forums' wording", () => {
    expect(html).toContain('<h3 class="item-section__label">Sagsfremstilling</h3>');
    expect(html).toContain('<h3 class="item-section__label">Indstilling</h3>');
    expect(html).toContain(`<strong class="tracked__label">Beslutning:</strong> ${DECISION_TEXT}`);
    expect(html).toContain("Ansvarlig: Sekretariatet, Frist: næste møde");
    expect(html).toContain("Ansvarlig: Økonomigruppen, Frist: 3. marts 2025");
    expect(html).toContain("Sendes videre til Strategisk Sundhedsforum (op)");
  });

  it("renders a decision's list inside its band, after its label and first paragraph", () => {
    const points = LIST_DECISION.points.map((point) => `<li><p>${point}</p></li>`).join("");
    expect(html).toContain(`<div class="tracked tracked--decision"><p><strong class="tracked__label">Beslutning:</strong> ${LIST_DECISION.lead}</p><ul>${points}</ul></div>`);
  });

  it("renders a table in its section with a header row that heads the columns", () => {
    const sagsfremstilling = html.slice(html.indexOf('id="punkt-4"'), html.indexOf("Indstilling</h3>", html.indexOf('id="punkt-4"')));
    const [head, ...rows] = BUDGET_TABLE;
    const headHtml = `<thead><tr>${head.map((cell) => `<th scope="col"><p>${cell}</p></th>`).join("")}</tr></thead>`;
    const bodyHtml = `<tbody>${rows.map((row) => `<tr>${row.map((cell) => `<td><p>${cell}</p></td>`).join("")}</tr>`).join("")}</tbody>`;
    expect(sagsfremstilling).toContain(`<table>${headHtml}${bodyHtml}</table>`);
  });

  it("renders a decision stored with its text directly inside, and keeps spans and row headers of a table", () => {
    const old = { type: "decision", attrs: { id: "d1" }, content: [{ type: "text", text: "Gammel form" }] };
    const table = {
      type: "table",
      content: [{ type: "tableRow", content: [{ type: "tableHeader", content: [build.paragraph("Q1")] }, { type: "tableCell", attrs: { colspan: 2 }, content: [build.paragraph("Begge")] }] }],
    };
    const out = renderMeetingHtml({ ...meeting, doc: build.doc(build.agendaItem("A", build.section("beslutning", build.paragraph("x"), table as never), old as never)) });
    expect(out).toContain('<strong class="tracked__label">Beslutning:</strong> Gammel form</p>');
    expect(out).toContain('<table><tbody><tr><th scope="row"><p>Q1</p></th><td colspan="2"><p>Begge</p></td></tr></tbody></table>');
  });

  it("lists uploaded attachments under the item's Bilag next to the typed ones", () => {
    const item4 = html.slice(html.indexOf('id="punkt-4"'), html.indexOf('id="punkt-5"'));
    expect(positionsInOrder(item4, ["Bilag", "Status for indsatser i handleplanen.docx", "Budgetoverblik 2024.xlsx"])).not.toContain(-1);
  });

  it("groups the participants as Deltagere, Afbud and Sekretariat", () => {
    const item1 = html.slice(html.indexOf('id="punkt-1"'), html.indexOf('id="punkt-2"'));
    expect(positionsInOrder(item1, ["Deltagere", "Mette Brøndum, Region Nordjylland (medformand)", "Jens Åkjær, Aalborg Kommune (medformand)", "Afbud", ABSENT_PERSON, "Sekretariat", "Sofie Bæk"])).not.toContain(-1);
    expect(item1.indexOf(ABSENT_PERSON)).toBeGreaterThan(item1.indexOf("Afbud"));
  });

  it("shows the carried-over action items where the follow-up block stands", () => {
    expect(html).toContain("Åbne aktionspunkter fra tidligere møder");
    expect(html).toContain("Mødeplan for 2024 udsendes (Ansvarlig: Sekretariatet, Status: i gang, Fra: Møde i Chefforum, 25. september 2023)");
  });

  it("calls an agenda Dagsorden and leaves out empty sections", () => {
    const agenda = renderMeetingHtml({ ...meeting, kind: "dagsorden", doc: { type: "doc", content: [meeting.doc.content![1]] } });
    expect(agenda).toContain('<p class="meeting-header__kind">Dagsorden</p>');
    const empty = renderMeetingHtml({ ...meeting, doc: { type: "doc", content: [{ ...meeting.doc.content![5], content: [{ type: "agendaTitle" }, { type: "itemSection", attrs: { section: "beslutning" }, content: [{ type: "paragraph" }] }] }] } });
    expect(empty).not.toContain("Beslutning");
  });

  it("labels decisions, action items and escalations in an agenda as proposals", () => {
    const agenda = renderMeetingHtml({ ...meeting, kind: "dagsorden" });
    expect(agenda).toContain(`<strong class="tracked__label">Forslag til beslutning:</strong> ${DECISION_TEXT}`);
    expect(agenda).toContain('<strong class="tracked__label">Forslag til aktionspunkt:</strong> Kommissorierne tilrettes');
    expect(agenda).toContain('<strong class="tracked__label">Forslag til eskalering:</strong> Spørgsmålet om');
    expect(agenda).toContain("Foreslås sendt videre til Strategisk Sundhedsforum (op)");
    expect(agenda).not.toContain('<strong class="tracked__label">Beslutning:');
  });
});

describe("public pages", () => {
  it("wraps a body in a standalone, script-free Danish page", () => {
    const page = publicPage({ title: "Referat <Chefforum>", body: html, breadcrumbs: [{ label: "Sundhedsklynge Midt", href: "/offentlig" }, { label: "Chefforum", href: "javascript:alert(1)" }, { label: "Møde" }] });
    expect(page.startsWith("<!doctype html>\n<html lang=\"da\">")).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain("<title>Referat &lt;Chefforum&gt;</title>");
    expect(page).toContain('<a href="/offentlig">Sundhedsklynge Midt</a>');
    expect(page).toContain('<span aria-current="page">Møde</span>');
    // The house style is the one thing linked, from this server: the CSP allows no inline <style>.
    expect(page.match(/<link[^>]*>/gi)).toEqual(['<link rel="stylesheet" href="/offentlig/hus.css">']);
    expect(page).not.toMatch(/<script|<style|style=|javascript:|@import|url\(|src=/i);
  });

  it("lists forums and a forum's published minutes with their links", () => {
    const forums = publicForumsHtml({ clusterName: "Sundhedsklynge Midt", forums: [{ href: "/offentlig/chefforum", label: "Chefforum", description: "Refererer til Direktørforum" }, { href: "//evil.example/x", label: "Falsk" }] });
    expect(forums).toContain('<a href="/offentlig/chefforum">Chefforum</a>');
    expect(forums).toContain("Refererer til Direktørforum");
    expect(forums).not.toContain("evil.example");
    const minutes = publicMinutesHtml({
      forumName: "Chefforum",
      clusterName: "Sundhedsklynge Midt",
      minutes: [{ href: "/offentlig/chefforum/m1", title: "Møde i Chefforum", startsAt: meeting.startsAt, downloads: [{ href: "/offentlig/chefforum/m1.pdf", label: "PDF" }] }],
    });
    expect(minutes).toContain('<a href="/offentlig/chefforum/m1">Møde i Chefforum</a>');
    expect(minutes).toContain('27. november 2023 · <a href="/offentlig/chefforum/m1.pdf">PDF</a>');
    expect(publicMinutesHtml({ forumName: "Chefforum", clusterName: "Sundhedsklynge Midt", minutes: [] })).toContain("Der er endnu ingen offentliggjorte referater.");
  });
});
