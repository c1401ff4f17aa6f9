import { describe, expect, it } from "vitest";
import { build } from "../../shared/editor/build.js";
import { findCprNumbers, recordCprFindings } from "../../shared/rules/cprGuard.js";

describe("CPR guard", () => {
  it.each([
    ["with a dash", "Borgeren (010203-1234) blev udskrevet.", "010203-1234"],
    ["without a dash", "cpr 3112991234 nævnt", "3112991234"],
    ["29 February", "Patient 290200-4321", "290200-4321"],
    ["at the very start", "150585-2468 er nævnt", "150585-2468"],
    ["before punctuation", "Se 240478-1357.", "240478-1357"],
    ["with a hyphen (U+2010)", "Borger 010190\u20101234", "010190\u20101234"],
    ["with a non-breaking hyphen", "Borger 010190\u20111234", "010190\u20111234"],
    ["with a figure dash", "Borger 010190\u20121234", "010190\u20121234"],
    ["with an en dash, as Word writes it", "Borger 010190\u20131234", "010190\u20131234"],
    ["with an em dash", "Borger 010190\u20141234", "010190\u20141234"],
    ["with a minus sign", "Borger 010190\u22121234", "010190\u22121234"],
    ["with a space", "Borger 020285 4321", "020285 4321"],
    ["with a no-break space", "Borger 020285\u00a04321", "020285\u00a04321"],
    ["with a narrow no-break space", "Borger 020285\u202f4321", "020285\u202f4321"],
  ])("finds a CPR number %s", (_what, text, expected) => {
    expect(findCprNumbers(text).map((m) => m.text)).toEqual([expected]);
  });

  it.each([
    ["a phone number", "Ring på 98 76 54 32 eller 98765432"],
    ["a phone number with country code", "+45 20304050"],
    ["a date", "Mødet 27-11-2023 kl. 14.00"],
    ["a case number", "Sagsnr. 2023-001234 og 23/12345"],
    ["an impossible date", "Nummer 320199-1234 og 011399-1234"],
    ["31 April", "310403-1234"],
    ["a longer number", "Kontonr. 12345678901234"],
    ["a dash-joined case number", "Journal 010203-1234-5"],
    ["eleven digits", "01020312345"],
    ["a phone number in pairs after a date", "Mødet 010224, tlf. 98 76 54 32"],
    ["an en-dash-joined case number", "Journal 010203\u20131234\u20135"],
    ["a date with dots and a time", "27.11.23 14.00"],
    ["an amount and a year", "Bevilget 150000 2024"],
  ])("leaves %s alone", (_what, text) => {
    expect(findCprNumbers(text)).toEqual([]);
  });

  it("finds every CPR number in a text", () => {
    expect(findCprNumbers("A: 010203-1234, B: 0506071234").map((m) => m.text)).toEqual(["010203-1234", "0506071234"]);
  });
});

describe("CPR guard over a whole record", () => {
  const clean = {
    title: "Møde i Chefforum",
    place: "Mødelokale 1",
    doc: build.doc(build.agendaItem("Deltagere", build.paragraph("Alle")), build.agendaItem("Økonomi", build.paragraph("Ingen bemærkninger"))),
    attachments: [{ agendaItemId: null, filename: "bilag.pdf" }],
    carryOver: [{ text: "Sekretariatet undersøger sagen", ownerName: "Sekretariatet", meetingTitle: "Møde i Chefforum" }],
  };

  it("finds nothing in a clean record", () => {
    expect(recordCprFindings(clean)).toEqual([]);
  });

  it("names every place a CPR number stands: title, place, item, attachment name and carry-over", () => {
    const found = recordCprFindings({
      title: "Sag om 010190\u20131234",
      place: "Hos 020285 4321",
      doc: build.doc(build.agendaItem("Deltagere", build.paragraph("Alle")), build.agendaItem("Økonomi", build.paragraph("Borger 0301901234"))),
      attachments: [{ agendaItemId: null, filename: "journal 040590-1234.pdf" }],
      carryOver: [{ text: "Ring til 050690\u20111234", ownerName: null, meetingTitle: "Møde" }],
    });
    expect(found.map((f) => f.place)).toEqual(["titel", "sted", "punkt 2 (Økonomi)", "bilag: journal 040590-1234.pdf", "opfølgning: Ring til 050690\u20111234"]);
  });

  it("looks in the heading's host, mødeleder and joint forum too", () => {
    const found = recordCprFindings({ ...clean, hostName: "Kommune 060790-1234", leaderName: "Karen 070890 1234", jointForumName: "Gruppe 0809901234" });
    expect(found.map((f) => f.place)).toEqual(["vært", "mødeleder", "fællesmøde"]);
  });
});
