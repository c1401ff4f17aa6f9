// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { extractBlocks } from "../../shared/blocks/extractBlocks.js";
import { build } from "../../shared/editor/build.js";
import { documentExtensions } from "../../shared/editor/extensions.js";
import { wrapLooseText } from "../../shared/editor/richBlockRepair.js";
import { RICH_BLOCK_TYPES } from "../../shared/editor/richBlocks.js";
import { DOCUMENT_FRAGMENT } from "../../shared/editor/schema.js";
import { jsonToYUpdate, yDocToJson } from "../../shared/editor/ydoc.js";
import { docEdits } from "../helpers/docEdits.js";

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

function editorOn(doc: Y.Doc): Editor {
  const editor = new Editor({ extensions: [...documentExtensions(), Collaboration.configure({ document: doc, field: DOCUMENT_FRAGMENT })] });
  editors.push(editor);
  return editor;
}

/**
 * A document as stored before decisions, action items and escalations held
 * paragraphs: text directly in the block (with a mark and a hard break in
 * one), an empty block, and a block already in the new shape beside them.
 */
function oldShapedDocument(): { doc: Y.Doc; ids: Record<"decision" | "action" | "escalation" | "current", string> } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, jsonToYUpdate(build.doc(build.agendaItem("Modeller til organisering", build.paragraph("Tre modeller blev drøftet.")))));
  const decision = docEdits.addLegacyBlock(doc, 0, "decision", "Model 1 blev valgt.");
  const action = docEdits.addLegacyBlock(doc, 0, "actionItem", "", { ownerKind: "sekretariatet" });
  doc.transact(() => {
    const block = docEdits.block(doc, action);
    const first = block.get(0) as Y.XmlText;
    first.insert(0, "Kommissoriet ", { bold: {} });
    first.insert(first.length, "tilrettes", {});
    const rest = new Y.XmlText();
    rest.insert(0, "til næste møde");
    block.insert(1, [new Y.XmlElement("hardBreak"), rest]);
  });
  const escalation = docEdits.addLegacyBlock(doc, 0, "escalation", "");
  doc.transact(() => docEdits.block(doc, escalation).delete(0, 1));
  const current = docEdits.addBlock(doc, 0, "decision", "Ny form");
  return { doc, ids: { decision, action, escalation, current } };
}

describe("decisions, action items and escalations stored in the old shape", () => {
  it("read as one paragraph each, without the reading changing the document", () => {
    const { doc, ids } = oldShapedDocument();
    const before = Y.encodeStateAsUpdate(doc);
    const blocks = extractBlocks(yDocToJson(doc));
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(blocks.decisions.map((d) => [d.id, d.text])).toEqual([
      [ids.decision, "Model 1 blev valgt."],
      [ids.current, "Ny form"],
    ]);
    expect(blocks.actionItems[0]).toMatchObject({ id: ids.action, text: "Kommissoriet tilrettes\ntil næste møde", ownerKind: "sekretariatet" });
    expect(blocks.actionItems[0].content).toEqual([
      {
        type: "paragraph",
        content: [{ type: "text", text: "Kommissoriet ", marks: [{ type: "bold" }] }, { type: "text", text: "tilrettes" }, { type: "hardBreak" }, { type: "text", text: "til næste møde" }],
      },
    ]);
    expect(blocks.escalations[0]).toMatchObject({ id: ids.escalation, text: "", content: [{ type: "paragraph" }] });
  });

  it("are rewritten into paragraphs with every letter, mark and id kept, once", () => {
    const { doc } = oldShapedDocument();
    const read = yDocToJson(doc);
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    expect(wrapLooseText(doc, "test")).toBe(3);
    expect(updates).toHaveLength(1);
    expect(yDocToJson(doc)).toEqual(read);
    for (const block of doc.getXmlFragment(DOCUMENT_FRAGMENT).toArray().flatMap((item) => (item as Y.XmlElement).toArray())) {
      if (block instanceof Y.XmlElement && RICH_BLOCK_TYPES.has(block.nodeName)) expect(block.toArray().every((child) => child instanceof Y.XmlElement && child.nodeName === "paragraph")).toBe(true);
    }
    expect(wrapLooseText(doc, "test")).toBe(0);
    expect(updates).toHaveLength(1);
  });

  it("show in the editor exactly as read once rewritten; unrewritten, the editor would delete them", () => {
    const { doc } = oldShapedDocument();
    const read = yDocToJson(doc);
    const stale = new Y.Doc();
    Y.applyUpdate(stale, Y.encodeStateAsUpdate(doc));
    editorOn(stale);
    // y-prosemirror deletes what the schema does not allow, from the shared document: why the server rewrites first.
    expect(docEdits.text(stale)).not.toContain("Model 1 blev valgt.");

    wrapLooseText(doc, "test");
    const rewritten = Y.encodeStateAsUpdate(doc);
    const editor = editorOn(doc);
    expect(editor.getJSON()).toEqual(read);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(rewritten);
    expect(editor.getText()).toContain("Model 1 blev valgt.");
  });
});
