import { Node, mergeAttributes, type Attribute, type CommandProps } from "@tiptap/core";

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

/**
 * Inserts an empty block of `type` after the text block holding the cursor
 * (replacing that block when it is an empty paragraph) and puts the cursor in it.
 */
export function insertTextBlock({ state, chain }: Pick<CommandProps, "state" | "chain">, type: string, attrs: Record<string, unknown> = {}): boolean {
  const { $from } = state.selection;
  if ($from.depth === 0) return false;
  const parent = $from.parent;
  const replaceEmpty = parent.type.name === "paragraph" && parent.content.size === 0;
  const from = replaceEmpty ? $from.before() : $from.after();
  const to = replaceEmpty ? $from.after() : from;
  return chain()
    .insertContentAt({ from, to }, { type, attrs })
    .setTextSelection(from + 1)
    .scrollIntoView()
    .run();
}

/**
 * A block of inline text with a stable id that the server extracts into its
 * own table. Enter at its end continues with a plain paragraph, not a second
 * block of the same kind.
 */
export function createTextBlock(spec: TextBlockSpec) {
  return Node.create({
    name: spec.name,
    group: "block",
    content: "inline*",
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
        Enter: ({ editor }) => {
          const { $from, empty } = editor.state.selection;
          if (!empty || $from.parent.type.name !== spec.name || $from.parentOffset !== $from.parent.content.size) return false;
          return editor.chain().insertContentAt($from.after(), { type: "paragraph" }).setTextSelection($from.after() + 1).run();
        },
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
