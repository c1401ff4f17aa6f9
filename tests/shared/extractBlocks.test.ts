import { describe, expect, it } from "vitest";
import { extractBlocks, type DocJSON } from "../../shared/blocks/extractBlocks.js";
import { build } from "../../shared/editor/build.js";

const { doc, agendaItem, paragraph, decision, actionItem, escalation, bulletList, orderedList } = build;

describe("extractBlocks", () => {
  it("numbers agenda items in document order and reads their titles", () => {
    const result = extractBlocks(doc(agendaItem("Deltagere"), paragraph("løs tekst"), agendaItem("Godkendelse af dagsorden"), agendaItem("Eventuelt")));
    expect(result.agendaItems.map((i) => [i.number, i.title])).toEqual([
      ["1", "Deltagere"],
      ["2", "Godkendelse af dagsorden"],
      ["3", "Eventuelt"],
    ]);
    expect(result.decisions).toEqual([]);
  });

  it("ties each decision to the item it stands in", () => {
    const first = agendaItem("Godkendelse af dagsorden", decision("Dagsordenen blev godkendt."));
    const second = agendaItem("Mødeplan 2024", paragraph("Drøftelse."), decision("Mødeplanen blev godkendt."));
    const result = extractBlocks(doc(first, second));
    expect(result.decisions).toEqual([
      { id: first.content![1].attrs!.id, agendaItemId: first.attrs!.id, text: "Dagsordenen blev godkendt.", content: [paragraph("Dagsordenen blev godkendt.")], position: 0 },
      { id: second.content![2].attrs!.id, agendaItemId: second.attrs!.id, text: "Mødeplanen blev godkendt.", content: [paragraph("Mødeplanen blev godkendt.")], position: 1 },
    ]);
  });

  it("finds decisions nested inside lists and blockquotes", () => {
    const nested: DocJSON = {
      type: "bulletList",
      content: [{ type: "listItem", content: [paragraph("Punkt"), { type: "blockquote", content: [decision("Indstillingen blev tiltrådt.")] }] }],
    };
    const item = agendaItem("Modeller til organisering", nested, bulletList("Model 1", "Model 2"));
    const result = extractBlocks(doc(item));
    expect(result.decisions).toHaveLength(1);
    expect(result.decisions[0]).toMatchObject({ agendaItemId: item.attrs!.id, text: "Indstillingen blev tiltrådt." });
  });

  it("numbers items found inside other items as sub-items", () => {
    const inner = agendaItem("Underpunkt");
    const outer: DocJSON = { ...agendaItem("Hovedpunkt"), content: [...agendaItem("Hovedpunkt").content!, inner] };
    const result = extractBlocks(doc(agendaItem("Først"), outer));
    expect(result.agendaItems.map((i) => i.number)).toEqual(["1", "2", "2.1"]);
    expect(result.agendaItems[2].title).toBe("Underpunkt");
  });

  it("renumbers reordered items but keeps their ids", () => {
    const a = agendaItem("A");
    const b = agendaItem("B");
    const before = extractBlocks(doc(a, b)).agendaItems;
    const after = extractBlocks(doc(b, a)).agendaItems;
    expect(before.map((i) => [i.id, i.number])).toEqual([
      [a.attrs!.id, "1"],
      [b.attrs!.id, "2"],
    ]);
    expect(after.map((i) => [i.id, i.number])).toEqual([
      [b.attrs!.id, "1"],
      [a.attrs!.id, "2"],
    ]);
  });

  it("follows a decision moved to another item by its id", () => {
    const d = decision("Sekretariatet undersøger behovet for opfølgning.");
    const a = agendaItem("A", d);
    const b = agendaItem("B");
    const moved = extractBlocks(doc({ ...a, content: a.content!.slice(0, 1) }, { ...b, content: [...b.content!, d] }));
    expect(extractBlocks(doc(a, b)).decisions[0].agendaItemId).toBe(a.attrs!.id);
    expect(moved.decisions).toHaveLength(1);
    expect(moved.decisions[0]).toMatchObject({ id: d.attrs!.id, agendaItemId: b.attrs!.id });
  });

  it("keeps a decision written outside every item, with no item", () => {
    const result = extractBlocks(doc(decision("Løs beslutning"), agendaItem("A")));
    expect(result.decisions[0].agendaItemId).toBeNull();
  });

  it("skips blocks without an id and keeps the first of a duplicated id", () => {
    const d = decision("Original");
    const copy = { ...d, content: [paragraph("Kopi")] };
    const noId: DocJSON = { type: "decision", content: [paragraph("uden id")] };
    const result = extractBlocks(doc(agendaItem("A", d, copy, noId)));
    expect(result.decisions.map((x) => x.text)).toEqual(["Original"]);
  });

  it("reads text across hard breaks and marks", () => {
    const node = decision([{ type: "paragraph", content: [{ type: "text", text: "Linje 1", marks: [{ type: "bold" }] }, { type: "hardBreak" }, { type: "text", text: "Linje 2" }] }]);
    expect(extractBlocks(doc(node)).decisions[0].text).toBe("Linje 1\nLinje 2");
  });

  it("keeps a decision's paragraphs and lists: list points as '- ' and '1. ' lines, nested ones indented", () => {
    const nested: DocJSON = { type: "listItem", content: [paragraph("Model 2"), bulletList("med tilføjelse a", "og b")] };
    const content = [paragraph("Chefforum vælger:"), bulletList("Model 1"), { type: "bulletList", content: [nested] }, paragraph(""), orderedList("Sekretariatet", "Formandskabet"), paragraph("Herefter drøftes økonomien.")];
    const result = extractBlocks(doc(agendaItem("A", decision(content), actionItem(content), escalation(content))));
    const text = ["Chefforum vælger:", "- Model 1", "- Model 2", "  - med tilføjelse a", "  - og b", "1. Sekretariatet", "2. Formandskabet", "Herefter drøftes økonomien."].join("\n");
    for (const block of [result.decisions[0], result.actionItems[0], result.escalations[0]]) {
      expect(block.text).toBe(text);
      expect(block.content).toEqual(content);
    }
  });

  it("numbers an ordered list from its start", () => {
    const list = { ...orderedList("Tredje", "Fjerde"), attrs: { start: 3 } };
    expect(extractBlocks(doc(decision([list]))).decisions[0].text).toBe("3. Tredje\n4. Fjerde");
  });

  it("reads a block stored with its text directly inside (the shape before paragraphs) as one paragraph", () => {
    const old: DocJSON = { type: "decision", attrs: { id: "d1" }, content: [{ type: "text", text: "Linje 1" }, { type: "hardBreak" }, { type: "text", text: "Linje 2" }] };
    const [found] = extractBlocks(doc(old)).decisions;
    expect(found.text).toBe("Linje 1\nLinje 2");
    expect(found.content).toEqual([{ type: "paragraph", content: old.content }]);
    expect(extractBlocks(doc({ type: "escalation", attrs: { id: "e1" } })).escalations[0]).toMatchObject({ text: "", content: [{ type: "paragraph" }] });
  });
});
