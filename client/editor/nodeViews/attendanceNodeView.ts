import type { Editor } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import type { NodeView } from "@tiptap/pm/view";
import { ReactRenderer } from "@tiptap/react";
import { AttendanceList, type AttendanceListProps } from "./AttendanceList.js";

/**
 * The participants list as one node view without a content DOM: React draws
 * the grouped list from the attendee nodes, and the list is selected and
 * moved past as a whole (the client treats it as an atom).
 */
export class AttendanceNodeView implements NodeView {
  private readonly renderer: ReactRenderer<unknown, AttendanceListProps>;

  constructor(
    private node: PMNode,
    editor: Editor,
    getPos: () => number | undefined,
  ) {
    this.renderer = new ReactRenderer(AttendanceList, { editor, props: { node, editor, getPos }, as: "div", className: "node-attendance" });
  }

  get dom(): HTMLElement {
    return this.renderer.element as HTMLElement;
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.renderer.updateProps({ node });
    return true;
  }

  selectNode(): void {
    this.dom.classList.add("ProseMirror-selectednode");
  }

  deselectNode(): void {
    this.dom.classList.remove("ProseMirror-selectednode");
  }

  // Clicks and keys on the toggles are the list's own; elsewhere ProseMirror selects the list.
  stopEvent(event: Event): boolean {
    return event.target instanceof Element && event.target.closest("button") !== null;
  }

  ignoreMutation(): boolean {
    return true;
  }

  destroy(): void {
    this.renderer.destroy();
  }
}
