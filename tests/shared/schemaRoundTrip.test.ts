// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { DocJSON } from "../../shared/blocks/types.js";
import { build } from "../../shared/editor/build.js";
import { documentExtensions } from "../../shared/editor/extensions.js";
import { DOCUMENT_FRAGMENT } from "../../shared/editor/schema.js";
import { SchemaMismatch, jsonToYUpdate, yDocToJson } from "../../shared/editor/ydoc.js";

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

/** A real Tiptap editor bound to the Yjs doc, as in the browser. */
function editorOn(doc: Y.Doc): Editor {
  const editor = new Editor({ extensions: [...documentExtensions(), Collaboration.configure({ document: doc, field: DOCUMENT_FRAGMENT })] });
  editors.push(editor);
  return editor;
}

const everyNode: DocJSON = build.doc(
  build.kindedItem("beslutning", "Deltagere", build.attendance([{ name: "Anna Prøve", organisation: "Testkommune", role: "medformand" }, { name: "Bo Eksempel", present: false }])),
  build.kindedItem(
    "drøftelse",
    "Modeller til organisering",
    build.section("sagsfremstilling", build.paragraph("Tre modeller."), build.bulletList("Model 1", "Model 2"), build.table(["Model", "Pris"], ["1", "0 kr."], ["2", "1 mio. kr."])),
    build.recommendation("Chefforum", "Drøfter modellerne"),
    build.section("bilag", build.paragraph("Notat.pdf")),
    build.section(
      "beslutning",
      build.decision([build.paragraph("Model 1 blev valgt med to tilføjelser:"), build.orderedList("Et forum mere", "Et årligt møde")]),
      build.actionItem("Kommissorierne tilrettes.", { ownerKind: "sekretariatet", ownerName: "Sekretariatet", dueKind: "naeste_moede" }),
      build.escalation("Løftes til Direktørforum.", { targetForumId: "f-1", targetForumName: "Direktørforum", direction: "op" }),
    ),
  ),
  { type: "paragraph", content: [{ type: "text", text: "fed", marks: [{ type: "bold" }] }, { type: "hardBreak" }, { type: "text", text: "link", marks: [{ type: "link", attrs: { href: "https://example.org" } }] }] },
);

describe("schema round trip", () => {
  it("reads a server-built document exactly as the editor shows it", () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, jsonToYUpdate(everyNode));
    const editor = editorOn(doc);
    expect(yDocToJson(doc)).toEqual(editor.getJSON());
    expect(JSON.stringify(yDocToJson(doc))).toContain("Kommissorierne tilrettes.");
  });

  it("reads what the editor writes, custom attributes and ids included", () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, jsonToYUpdate(build.doc(build.agendaItem("Punkt", build.paragraph()))));
    const editor = editorOn(doc);
    editor.commands.setTextSelection(editor.state.doc.content.size - 2);
    editor.commands.insertActionItem();
    editor.commands.insertContent("Sekretariatet undersøger sagen");
    editor.commands.insertDecision();
    editor.commands.insertContent("Godkendt");
    const json = yDocToJson(doc);
    expect(json).toEqual(editor.getJSON());
    const item = json.content![0].content!;
    expect(item.map((n) => n.type)).toEqual(["agendaTitle", "actionItem", "decision"]);
    expect(item[1].attrs!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(item[2].attrs!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("refuses a document with an unknown node instead of dropping it silently", () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, jsonToYUpdate(build.doc(build.agendaItem("A"))));
    doc.getXmlFragment(DOCUMENT_FRAGMENT).push([new Y.XmlElement("script")]);
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => yDocToJson(doc)).toThrow(SchemaMismatch);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it("refuses misplaced content", () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT);
    const item = new Y.XmlElement("agendaItem");
    fragment.push([item]);
    item.push([new Y.XmlElement("paragraph")]);
    expect(() => yDocToJson(doc)).toThrow(SchemaMismatch);
  });
});
