import * as Y from "yjs";
import { DOCUMENT_FRAGMENT } from "../../shared/editor/schema.js";

/** Transaction origin of a client's own keystrokes. */
export const TYPING_ORIGIN = Symbol("typing");

/** What clients type, one character per keystroke, over and over. */
const TEXT = "Det indstilles, at forummet godkender handleplanen for det kommende år. ";

/** The text of every paragraph in a document, depth first. */
export function paragraphTexts(doc: Y.Doc): string[] {
  const texts: string[] = [];
  const walk = (node: Y.XmlElement | Y.XmlFragment) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) texts.push(child.toString());
      else if (child instanceof Y.XmlElement) walk(child);
    }
  };
  walk(doc.getXmlFragment(DOCUMENT_FRAGMENT));
  return texts;
}

/**
 * One person typing into a paragraph of their own, as the Tiptap binding
 * would store it: the paragraph goes at the end of the first agenda item
 * (or of the document when it has none) and starts with a marker naming the
 * client, so the end result can be checked keystroke by keystroke.
 */
export class Typist {
  /** Everything this client has put into its paragraph, marker included. */
  typed: string;
  private text: Y.XmlText | undefined;
  private next = 0;

  constructor(
    private readonly doc: Y.Doc,
    readonly marker: string,
  ) {
    this.typed = marker;
  }

  /** Creates the paragraph; call once the client holds the server's document. */
  start(): void {
    const fragment = this.doc.getXmlFragment(DOCUMENT_FRAGMENT);
    const first = fragment.get(0);
    const parent = first instanceof Y.XmlElement && first.nodeName === "agendaItem" ? first : fragment;
    this.doc.transact(() => {
      const paragraph = new Y.XmlElement("paragraph");
      this.text = new Y.XmlText(this.marker);
      paragraph.insert(0, [this.text]);
      parent.push([paragraph]);
    }, TYPING_ORIGIN);
  }

  /** Types one character at the end of the paragraph; returns this client's clock after it. */
  type(): number {
    const char = TEXT[this.next++ % TEXT.length];
    this.doc.transact(() => this.text!.insert(this.text!.length, char), TYPING_ORIGIN);
    this.typed += char;
    return Y.getState(this.doc.store, this.doc.clientID);
  }

  /** True when `doc` holds this client's paragraph exactly as typed. */
  isIn(texts: string[]): boolean {
    return texts.includes(this.typed);
  }
}
