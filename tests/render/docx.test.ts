import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { renderMeetingDocx } from "../../server/render/docx/renderMeetingDocx.js";
import { ABSENT_PERSON, BUDGET_TABLE, DECISION_TEXT, ITEM_TITLES, LIST_DECISION, jointMeeting, meeting, positionsInOrder } from "./fixture.js";

describe("renderMeetingDocx", async () => {
  const buffer = Buffer.from(await renderMeetingDocx(meeting));
  const text = (await mammoth.extractRawText({ buffer })).value;
  const html = (await mammoth.convertToHtml({ buffer })).value;
  const headings = ITEM_TITLES.map((title, i) => `Punkt ${i + 1}: ${title}`);

  it("is a Word file with the heading, Danish date and place", () => {
    expect(buffer.subarray(0, 2).toString()).toBe("PK");
    expect(positionsInOrder(text, ["REFERAT", "Møde i Chefforum", "Chefforum, Sundhedsklynge Midt"])).not.toContain(-1);
    expect(text).toContain("Mødedato: mandag den 27. november 2023 kl. 14.00");
    expect(text).toContain("Mødested: Mødelokale B, Regionshuset, Aalborg Øst");
    expect(text).not.toMatch(/Vært|Mødeleder|Fællesmøde/);
  });

  it("heads a joint meeting with both forums, then the host and the mødeleder after the place, each on its own line", async () => {
    const joint = (await mammoth.extractRawText({ buffer: Buffer.from(await renderMeetingDocx(jointMeeting)) })).value;
    const lines = joint.split("\n").filter((line) => line.trim());
    const heading = lines.slice(0, lines.indexOf("Indholdsfortegnelse"));
    expect(heading).toEqual([
      "REFERAT",
      "Møde i Chefforum",
      "Fællesmøde: Driftsgruppen Syd og Styregruppen Syd, Sundhedsklynge Syd",
      "Mødedato: mandag den 27. november 2023 kl. 14.00",
      "Mødested: Mødelokale B, Regionshuset, Aalborg Øst",
      "Vært: Aalborg Kommune",
      "Mødeleder: Karen Kommune Lund",
    ]);
  });

  it("has a table of contents that lists the items before Word updates it", () => {
    const toc = html.slice(html.indexOf("Indholdsfortegnelse"), html.indexOf("<h1"));
    expect(positionsInOrder(toc, headings.map((h) => `">${h}`))).not.toContain(-1);
    expect(toc).toContain('<a href="#_Toc1">Punkt 1: Deltagere');
  });

  it("makes every item a Heading 1, in order, with its sections as Heading 2", () => {
    expect(positionsInOrder(html, headings.map((h) => `</a>${h}</h1>`))).not.toContain(-1);
    expect(html.match(/<h1>/g)).toHaveLength(ITEM_TITLES.length);
    expect(html).toContain("<h2>Sagsfremstilling</h2>");
    expect(html).toContain("<h2>Beslutning</h2>");
  });

  it("keeps Danish letters, decisions, action items, escalations and attachments", () => {
    expect(text).toContain("Åbne aktionspunkter fra tidligere møder");
    expect(text).toContain(`Beslutning: ${DECISION_TEXT}`);
    expect(text).toContain("Ansvarlig: Økonomigruppen, Frist: 3. marts 2025");
    expect(text).toContain("Sendes videre til Strategisk Sundhedsforum (op)");
    expect(text).toContain("Budgetoverblik 2024.xlsx");
    expect(html).toContain("<ol><li>Godkender dagsordenen</li></ol>");
  });

  it("labels decisions, action items and escalations in an agenda as proposals", async () => {
    const agenda = (await mammoth.extractRawText({ buffer: Buffer.from(await renderMeetingDocx({ ...meeting, kind: "dagsorden" })) })).value;
    expect(agenda).toContain(`Forslag til beslutning: ${DECISION_TEXT}`);
    expect(agenda).toContain("Forslag til aktionspunkt: Økonomigruppen udarbejder et revideret budget.");
    expect(agenda).toContain("Forslag til eskalering: Spørgsmålet om");
    expect(agenda).not.toMatch(/^Beslutning: /m);
  });

  it("keeps a decision's list as a Word list after its label and first paragraph", () => {
    expect(text).toContain(`Beslutning: ${LIST_DECISION.lead}`);
    expect(html).toContain(`${LIST_DECISION.lead}</p><ul>${LIST_DECISION.points.map((point) => `<li>${point}</li>`).join("")}</ul>`);
  });

  it("makes a table a Word table with its first row as the header row", () => {
    const [head, ...rows] = BUDGET_TABLE;
    const headHtml = `<thead><tr>${head.map((cell) => `<th><p>${cell}</p></th>`).join("")}</tr></thead>`;
    const bodyHtml = `<tbody>${rows.map((row) => `<tr>${row.map((cell) => `<td><p>${cell}</p></td>`).join("")}</tr>`).join("")}</tbody>`;
    expect(html).toContain(`<table>${headHtml}${bodyHtml}</table>`);
  });

  it("keeps safe links and drops javascript: ones", () => {
    expect(html).toContain('<a href="https://rn.dk/referater">referatet</a>');
    expect(html).not.toMatch(/javascript:/i);
    expect(text).toContain("<script>alert('x')</script>");
  });

  it("lists the participants with the absent under Afbud", () => {
    expect(positionsInOrder(text, ["Deltagere", "Jens Åkjær, Aalborg Kommune (medformand)", "Afbud", ABSENT_PERSON, "Sekretariat", "Sofie Bæk"])).not.toContain(-1);
  });
});
