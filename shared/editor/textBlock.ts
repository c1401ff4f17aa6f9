import { Node, mergeAttributes, type Attribute, type CommandProps, type Editor } from "@tiptap/core";
import type { NodeType, ResolvedPos } from "@tiptap/pm/model";
import { TextSelection } from "@tiptap/pm/state";
import { RICH_BLOCK_CONTENT, RICH_BLOCK_TYPES } from "./richBlocks.js";

/** What distinguishes one tracked text block (decision, action item, escalation) from another. */
export interface TextBlockSpec {
  name: string;
  /** The `data-type` in HTML, e.g. "action-item". */
  htmlType: string;
  /** Attributes besides the `id` that UniqueID adds. */
  attributes?: Record<string, Attribute>;
  /** Keyboard shortcut that inserts an empty block. */
  shortcut: string;
  /** Name of the editor command that inserts an empty block (declared in commands.ts). */
  command: "insertDecision" | "insertActionItem" | "insertEscalation";
}

/** The depth of the outermost decision, action item or escalation around a position, or null. */
export function richBlockDepth($pos: ResolvedPos): number | null {
  for (let depth = 1; depth <= $pos.depth; depth += 1) {
    if (RICH_BLOCK_TYPES.has($pos.node(depth).type.name)) return depth;
  }
  return null;
}

const isEmptyParagraph = ($pos: ResolvedPos) => $pos.parent.type.name === "paragraph" && $pos.parent.content.size === 0;

// After the innermost block around the cursor (from `depth` outwards) whose container takes a node of `type`.
function insertionPoint($pos: ResolvedPos, depth: number, type: NodeType): number | null {
  for (let d = depth; d > 0; d -= 1) {
    const $after = $pos.doc.resolve($pos.after(d));
    if ($after.parent.canReplaceWith($after.index(), $after.index(), type)) return $after.pos;
  }
  return null;
}

/**
 * Inserts an empty block of `type` after the block holding the cursor
 * (replacing that block when it is an empty paragraph) and puts the cursor in
 * it. Inside a decision, action item or escalation the new block goes after
 * that block, since they do not nest, and the empty line it was asked for
 * from goes with it unless it is the block's only line; inside a table it
 * goes after the table. Does nothing where no container takes the block.
 */
export function insertTextBlock({ state, chain }: Pick<CommandProps, "state" | "chain">, type: string, attrs: Record<string, unknown> = {}): boolean {
  const { $from } = state.selection;
  const nodeType = state.schema.nodes[type];
  const node = nodeType?.createAndFill(attrs);
  if ($from.depth === 0 || !node) return false;
  const outer = richBlockDepth($from);
  let range: { from: number; to: number } | null = null;
  let dropLine: { from: number; to: number } | null = null;
  if (outer !== null) {
    const at = insertionPoint($from, outer, nodeType);
    range = at === null ? null : { from: at, to: at };
    if (isEmptyParagraph($from) && $from.depth === outer + 1 && $from.node(outer).childCount > 1) dropLine = { from: $from.before(), to: $from.after() };
  } else if (isEmptyParagraph($from) && $from.node(-1).canReplaceWith($from.index(-1), $from.index(-1) + 1, nodeType)) {
    range = { from: $from.before(), to: $from.after() };
  } else {
    const at = insertionPoint($from, $from.depth, nodeType);
    range = at === null ? null : { from: at, to: at };
  }
  if (!range) return false;
  const { from, to } = range;
  return chain()
    .command(({ tr }) => {
      // The line to drop stands before the insertion point, so mapping through its deletion is exact.
      if (dropLine) tr.delete(dropLine.from, dropLine.to);
      const at = tr.mapping.map(from);
      tr.replaceWith(at, tr.mapping.map(to), node);
      // Into the new block's first (empty) paragraph.
      tr.setSelection(TextSelection.create(tr.doc, at + 2));
      return true;
    })
    .scrollIntoView()
    .run();
}

/**
 * Enter on an empty paragraph directly in a rich block: the last one leaves
 * the block (it moves out, after the block, as a plain paragraph); any other
 * only adds a line, so Enter never splits a decision into two with one id.
 */
function enterInRichBlock(editor: Editor, name: string): boolean {
  const { $from, empty } = editor.state.selection;
  if (!empty || $from.depth < 2 || !isEmptyParagraph($from)) return false;
  const block = $from.node(-1);
  if (block.type.name !== name) return false;
  const last = $from.index(-1) === block.childCount - 1;
  if (!last || block.childCount === 1) return editor.commands.splitBlock();
  const after = $from.after(-1);
  return editor
    .chain()
    .command(({ tr }) => {
      tr.delete($from.before(), $from.after());
      const at = tr.mapping.map(after);
      tr.insert(at, editor.schema.nodes.paragraph.create());
      tr.setSelection(TextSelection.create(tr.doc, at + 1));
      return true;
    })
    .scrollIntoView()
    .run();
}

/**
 * A tracked block of paragraphs and lists with a stable id that the server
 * extracts into its own table. Enter on its empty last paragraph leaves it
 * for a plain paragraph after it.
 */
export function createTextBlock(spec: TextBlockSpec) {
  return Node.create({
    name: spec.name,
    group: "block",
    content: RICH_BLOCK_CONTENT,
    defining: true,

    addAttributes() {
      return spec.attributes ?? {};
    },

    parseHTML() {
      return [{ tag: `div[data-type='${spec.htmlType}']` }];
    },

    renderHTML({ HTMLAttributes }) {
      return ["div", mergeAttributes(HTMLAttributes, { "data-type": spec.htmlType, class: spec.htmlType }), 0];
    },

    addCommands() {
      return {
        [spec.command]:
          () =>
          (props: CommandProps) =>
            insertTextBlock(props, spec.name),
      };
    },

    addKeyboardShortcuts() {
      return {
        [spec.shortcut]: () => this.editor.commands[spec.command](),
        Enter: ({ editor }) => enterInRichBlock(editor, spec.name),
      };
    },
  });
}

/** An attribute stored as `data-<name>` in HTML, null when absent. */
export function dataAttribute(name: string, parse: (value: string | null) => unknown = (v) => v): Attribute {
  return {
    default: null,
    parseHTML: (el) => parse(el.getAttribute(`data-${name}`)),
    renderHTML: (attrs) => (attrs[camel(name)] == null ? {} : { [`data-${name}`]: String(attrs[camel(name)]) }),
  };
}

function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
