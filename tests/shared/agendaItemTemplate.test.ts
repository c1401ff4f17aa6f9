// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { agendaTemplate } from "../../server/commands/agendaTemplate.js";
import { documentExtensions } from "../../shared/editor/extensions.js";

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

const editorWith = (content: Editor["options"]["content"]) => {
  const editor = new Editor({ extensions: documentExtensions(), content });
  editors.push(editor);
  return editor;
};
const templates = (editor: Editor) =>
  editor
    .getJSON()
    .content!.filter((node) => node.type === "agendaItem")
    .map((item) => item.attrs!.template);

describe("the template of an agenda item", () => {
  it("is recorded on each standing item of a new agenda and survives the editor and its HTML", () => {
    const agenda = agendaTemplate({
      forumName: "Chefforum",
      standingItems: [
        { template: "godkendelse", title: "Godkendelse af dagsorden" },
        { template: "eventuelt", title: "Evt." },
      ],
      participants: [],
    });
    const editor = editorWith(agenda);
    expect(templates(editor)).toEqual(["godkendelse", "eventuelt"]);

    const html = editor.getHTML();
    expect(html).toContain('data-template="eventuelt"');
    expect(templates(editorWith(html))).toEqual(["godkendelse", "eventuelt"]);
  });

  it("reads an unknown template in pasted HTML as none", () => {
    const editor = editorWith('<section data-type="agenda-item" data-template="hemmelig"><h2 data-type="agenda-title">Punkt</h2></section>');
    expect(editor.getJSON().content![0]).toMatchObject({ type: "agendaItem", attrs: { template: null } });
  });
});
