// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { NodeSelection, TextSelection } from "@tiptap/pm/state";
import { afterEach, describe, expect, it } from "vitest";
import { build } from "../../shared/editor/build.js";
import { documentExtensions } from "../../shared/editor/extensions.js";
import { StructureGuard } from "../../client/editor/structure/StructureGuard.js";

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

const minutes = build.doc(
  build.agendaItem("Deltagere", build.attendance([{ name: "Karin Holt" }, { name: "Per Lund" }]), build.paragraph("Mødet blev holdt.")),
  build.agendaItem(
    "Modeller til organisering",
    build.paragraph("Indledning."),
    build.section("sagsfremstilling", build.paragraph("Tre modeller."), build.paragraph(), build.paragraph("Model 1 anbefales.")),
    build.section("beslutning", build.paragraph()),
  ),
  build.agendaItem("Eventuelt", build.paragraph()),
);

function editorWith(content = minutes): Editor {
  const editor = new Editor({ extensions: [...documentExtensions(), StructureGuard], content });
  editors.push(editor);
  return editor;
}

/** The part keys must not change: each item's title and its blocks by type (sections by kind). */
function skeleton(doc: PMNode) {
  const items: { title: string; blocks: string[] }[] = [];
  doc.forEach((item) => {
    const blocks: string[] = [];
    item.forEach((child) => blocks.push(child.type.name === "itemSection" ? `itemSection:${child.attrs.section}` : child.type.name));
    items.push({ title: item.firstChild?.type.name === "agendaTitle" ? item.firstChild.textContent : "(none)", blocks });
  });
  return items;
}

/** The position `offset` characters into the first textblock whose text is `text`. */
function at(editor: Editor, text: string, offset: number | "end" = 0): number {
  let found = -1;
  editor.state.doc.descendants((node, pos) => {
    if (found < 0 && node.isTextblock && node.textContent === text) found = pos + 1 + (offset === "end" ? node.content.size : offset);
    return found < 0;
  });
  if (found < 0) throw new Error(`no textblock "${text}"`);
  return found;
}

/** A key as the view receives it (Tiptap's keyboardShortcut command would keep only the steps, not the selection). */
function key(editor: Editor, name: string) {
  const { view } = editor;
  view.someProp("handleKeyDown", (handle) => handle(view, new KeyboardEvent("keydown", { key: name })));
}

function press(editor: Editor, name: string, pos: number, to = pos) {
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, pos, to)));
  key(editor, name);
}

const sectionText = (editor: Editor, kind: string) => {
  let text: string[] | null = null;
  editor.state.doc.descendants((node) => {
    if (node.type.name === "itemSection" && node.attrs.section === kind) text = Array.from({ length: node.childCount }, (_, i) => node.child(i).textContent);
    return text === null;
  });
  return text;
};

describe("the structure guard", () => {
  it("never splits a title: Enter anywhere in it goes to the item's body", () => {
    for (const offset of [0, 5, "end"] as const) {
      const editor = editorWith();
      const before = skeleton(editor.state.doc);
      press(editor, "Enter", at(editor, "Modeller til organisering", offset));
      const after = skeleton(editor.state.doc);
      expect(after[1].title).toBe("Modeller til organisering");
      // One empty line opens under the title, and the caret is in it.
      expect(after[1].blocks).toEqual(["agendaTitle", "paragraph", ...before[1].blocks.slice(1)]);
      expect(editor.state.selection.$from.parent.type.name).toBe("paragraph");
      expect(editor.state.selection.$from.index(1)).toBe(1);
    }
  });

  it("moves into an empty line waiting under a title instead of opening another", () => {
    const editor = editorWith();
    const before = skeleton(editor.state.doc);
    press(editor, "Enter", at(editor, "Eventuelt", 0));
    expect(skeleton(editor.state.doc)).toEqual(before);
    expect(editor.state.selection.from).toBe(at(editor, "Eventuelt", "end") + 2);
  });

  it("never merges into a title or out of a section with Backspace", () => {
    const editor = editorWith();
    const before = skeleton(editor.state.doc);
    press(editor, "Backspace", at(editor, "Modeller til organisering"));
    expect(skeleton(editor.state.doc)).toEqual(before);
    press(editor, "Backspace", at(editor, "Indledning."));
    expect(skeleton(editor.state.doc)).toEqual(before);
    expect(editor.state.selection.from).toBe(at(editor, "Modeller til organisering", "end"));
    press(editor, "Backspace", at(editor, "Tre modeller."));
    expect(skeleton(editor.state.doc)).toEqual(before);
    expect(editor.state.selection.from).toBe(at(editor, "Indledning.", "end"));
  });

  it("keeps a section whose only line is empty, and removes an empty line under a title", () => {
    const editor = editorWith();
    const emptyDecisionLine = at(editor, "Model 1 anbefales.", "end") + 4;
    press(editor, "Backspace", emptyDecisionLine);
    expect(sectionText(editor, "beslutning")).toEqual([""]);
    press(editor, "Backspace", at(editor, "Eventuelt", "end") + 2);
    expect(skeleton(editor.state.doc)[2]).toEqual({ title: "Eventuelt", blocks: ["agendaTitle"] });
  });

  it("selects the participants list rather than deleting it, and then leaves it alone", () => {
    const editor = editorWith();
    press(editor, "Backspace", at(editor, "Mødet blev holdt."));
    expect(editor.state.selection).toBeInstanceOf(NodeSelection);
    expect((editor.state.selection as NodeSelection).node.type.name).toBe("attendance");
    key(editor, "Backspace");
    key(editor, "Delete");
    press(editor, "Delete", at(editor, "Deltagere", "end"));
    expect(skeleton(editor.state.doc)[0]).toEqual({ title: "Deltagere", blocks: ["agendaTitle", "attendance", "paragraph"] });
    expect(editor.state.doc.child(0).child(1).childCount).toBe(2);
  });

  it("never pulls a line into a title or the next section into this one with Delete", () => {
    const editor = editorWith();
    const before = skeleton(editor.state.doc);
    press(editor, "Delete", at(editor, "Modeller til organisering", "end"));
    press(editor, "Delete", at(editor, "Indledning.", "end"));
    press(editor, "Delete", at(editor, "Model 1 anbefales.", "end"));
    expect(skeleton(editor.state.doc)).toEqual(before);
    expect(sectionText(editor, "sagsfremstilling")).toEqual(["Tre modeller.", "", "Model 1 anbefales."]);
  });

  it("adds a line on Enter in an empty line of a section instead of splitting the section", () => {
    const editor = editorWith();
    press(editor, "Enter", at(editor, "Tre modeller.", "end") + 2);
    press(editor, "Enter", at(editor, "Model 1 anbefales.", "end") + 4);
    expect(skeleton(editor.state.doc)[1].blocks).toEqual(["agendaTitle", "paragraph", "itemSection:sagsfremstilling", "itemSection:beslutning"]);
    expect(sectionText(editor, "sagsfremstilling")).toEqual(["Tre modeller.", "", "", "Model 1 anbefales."]);
    expect(sectionText(editor, "beslutning")).toEqual(["", ""]);
  });

  it("lets a whole item or section selected as such go, but never the participants list alone", () => {
    const editor = editorWith();
    const select = (pos: number) => editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, pos)));
    const second = editor.state.doc.child(0).nodeSize;
    select(second + 1 + editor.state.doc.child(1).child(0).nodeSize + editor.state.doc.child(1).child(1).nodeSize);
    expect((editor.state.selection as NodeSelection).node.attrs.section).toBe("sagsfremstilling");
    key(editor, "Delete");
    expect(skeleton(editor.state.doc)[1].blocks).toEqual(["agendaTitle", "paragraph", "itemSection:beslutning"]);
    select(second);
    key(editor, "Backspace");
    expect(skeleton(editor.state.doc).map((item) => item.title)).toEqual(["Deltagere", "Eventuelt"]);
  });

  it("refuses a range over the participants list within its item", () => {
    const editor = editorWith(build.doc(build.agendaItem("Deltagere", build.paragraph("Før listen."), build.attendance([{ name: "Karin Holt" }]), build.paragraph("Efter listen."))));
    press(editor, "Backspace", at(editor, "Før listen.", 3), at(editor, "Efter listen.", 3));
    press(editor, "Delete", at(editor, "Før listen.", 3), at(editor, "Efter listen.", 3));
    expect(skeleton(editor.state.doc)[0].blocks).toEqual(["agendaTitle", "paragraph", "attendance", "paragraph"]);
  });

  it("refuses a deletion across a title or a section, and allows ordinary ones", () => {
    const editor = editorWith();
    const before = skeleton(editor.state.doc);
    press(editor, "Backspace", at(editor, "Modeller til organisering", 3), at(editor, "Indledning.", 4));
    press(editor, "Delete", at(editor, "Indledning.", 2), at(editor, "Tre modeller.", 2));
    expect(skeleton(editor.state.doc)).toEqual(before);
    // Inside one section lines still join as they always have.
    press(editor, "Backspace", at(editor, "Model 1 anbefales."));
    expect(sectionText(editor, "sagsfremstilling")).toEqual(["Tre modeller.", "Model 1 anbefales."]);
  });
});
