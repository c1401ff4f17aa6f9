// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { TextSelection } from "@tiptap/pm/state";
import { afterEach, describe, expect, it } from "vitest";
import { SectionTable } from "../../client/editor/table/sectionTable.js";
import type { DocJSON } from "../../shared/blocks/types.js";
import { build } from "../../shared/editor/build.js";
import { documentExtensions } from "../../shared/editor/extensions.js";

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

function editorWith(content: DocJSON): Editor {
  const editor = new Editor({ extensions: [...documentExtensions(), SectionTable], content });
  editors.push(editor);
  return editor;
}

/** Puts the caret at the end of the text `text` (the first place it occurs). */
function caretAfter(editor: Editor, text: string): void {
  let at = -1;
  editor.state.doc.descendants((node, pos) => {
    if (at < 0 && node.isText && node.text?.includes(text)) at = pos + node.text.indexOf(text) + text.length;
  });
  if (at < 0) throw new Error(`"${text}" is not in the document`);
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at)));
}

/** The n-th empty paragraph of the document gets the caret. */
function caretInEmptyLine(editor: Editor, n = 0): void {
  const found: number[] = [];
  editor.state.doc.descendants((node, pos) => {
    if (node.type.name === "paragraph" && node.content.size === 0) found.push(pos + 1);
  });
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, found[n])));
}

/** The editor's document as JSON. */
const json = (editor: Editor): DocJSON => editor.getJSON() as DocJSON;

/** A key pressed in the editor, through its keymaps as in a browser. */
const press = (editor: Editor, key: string) => editor.view.someProp("handleKeyDown", (handle) => handle(editor.view, new KeyboardEvent("keydown", { key })));

/** The types of an agenda item's section's children, and of what holds the caret. */
const typesIn = (editor: Editor, sectionIndex: number) => json(editor).content![0].content![sectionIndex].content!.map((n) => n.type);
const caretIn = (editor: Editor) => [editor.state.selection.$from.node(-1).type.name, editor.state.selection.$from.parent.type.name];

const item = (...sections: DocJSON[]) => build.doc(build.agendaItem("Mødeplan", ...sections));

describe("editing decisions that hold paragraphs and lists", () => {
  it("Enter on a decision's empty last line leaves it for a paragraph after it; an empty line in the middle does not split it", () => {
    const editor = editorWith(item(build.section("beslutning", build.decision([build.paragraph("Godkendt:"), build.paragraph("med ændringer")]))));
    caretAfter(editor, "Godkendt:");
    press(editor, "Enter");
    press(editor, "Enter");
    expect(typesIn(editor, 1)).toEqual(["decision"]);
    expect(json(editor).content![0].content![1].content![0].content).toHaveLength(4);
    caretAfter(editor, "med ændringer");
    press(editor, "Enter");
    expect(caretIn(editor)).toEqual(["decision", "paragraph"]);
    press(editor, "Enter");
    expect(typesIn(editor, 1)).toEqual(["decision", "paragraph"]);
    expect(caretIn(editor)).toEqual(["itemSection", "paragraph"]);
    expect(json(editor).content![0].content![1].content![0].content).toHaveLength(4);
  });

  it("inserts a block asked for inside a decision after it, taking the empty line it was asked from", () => {
    const editor = editorWith(item(build.section("beslutning", build.decision([build.paragraph("Godkendt."), build.paragraph()]))));
    const decision = json(editor).content![0].content![1].content![0];
    caretInEmptyLine(editor);
    expect(caretIn(editor)).toEqual(["decision", "paragraph"]);
    expect(editor.commands.insertActionItem()).toBe(true);
    const section = json(editor).content![0].content![1].content!;
    expect(section.map((n) => n.type)).toEqual(["decision", "actionItem"]);
    expect(section[0].content).toEqual([build.paragraph("Godkendt.")]);
    expect(section[0].attrs?.id).toBe(decision.attrs?.id);
    expect(caretIn(editor)).toEqual(["actionItem", "paragraph"]);
  });

  it("inserts a decision asked for in a table cell after the table", () => {
    const editor = editorWith(item(build.section("beslutning", build.table(["Måned"], ["Januar"]))));
    caretAfter(editor, "Januar");
    expect(editor.commands.insertDecision()).toBe(true);
    expect(typesIn(editor, 1)).toEqual(["table", "decision"]);
  });
});

describe("inserting a table", () => {
  it("goes in Sagsfremstilling in place of an empty line, with a line after it, the caret in its first cell", () => {
    const editor = editorWith(item(build.section("sagsfremstilling", build.paragraph("Udkast:"), build.paragraph())));
    caretInEmptyLine(editor);
    expect(editor.commands.insertSectionTable()).toBe(true);
    expect(typesIn(editor, 1)).toEqual(["paragraph", "table", "paragraph"]);
    expect(caretIn(editor)).toEqual(["tableHeader", "paragraph"]);
    const table = json(editor).content![0].content![1].content![1];
    expect(table.content!.map((row) => row.content!.map((cell) => cell.type))).toEqual([
      ["tableHeader", "tableHeader", "tableHeader"],
      ["tableCell", "tableCell", "tableCell"],
      ["tableCell", "tableCell", "tableCell"],
    ]);
  });

  it("is refused in an Indstilling and inside a table, changing nothing", () => {
    const editor = editorWith(item(build.section("indstilling", build.paragraph("Det indstilles")), build.section("beslutning", build.table(["A"], ["B"]))));
    const before = editor.getJSON();
    caretAfter(editor, "Det indstilles");
    expect(editor.commands.insertSectionTable()).toBe(false);
    caretAfter(editor, "B");
    expect(editor.commands.insertSectionTable()).toBe(false);
    expect(editor.getJSON()).toEqual(before);
  });
});
