import { convertWordLists } from "./wordLists.js";

// Elements that carry no content a reader sees; Word adds most of them.
const JUNK = "script, style, meta, link, title, xml, template, iframe, object, embed, noscript, o\\:p";

/**
 * Cleans pasted HTML before ProseMirror parses it against the schema: Word's
 * lists become real lists, and Word's markup (mso classes and styles, o:p,
 * conditional comments, style sheets) and anything script-like are removed.
 * Parsing happens in an inert document, so nothing in the paste runs or loads.
 * The editor's own data-* attributes stay, so copying within the document
 * keeps its blocks.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const { body } = doc;
  convertWordLists(body);
  body.querySelectorAll(JUNK).forEach((el) => el.remove());
  const comments = doc.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
  const dropped: Node[] = [];
  while (comments.nextNode()) dropped.push(comments.currentNode);
  dropped.forEach((node) => node.parentNode?.removeChild(node));
  for (const el of body.querySelectorAll("*")) {
    for (const { name, value } of [...el.attributes]) {
      const mso = name === "class" && /(^|\s)mso/i.test(value);
      if (mso || name === "style" || name === "lang" || name.startsWith("on") || /^\s*(javascript|vbscript|data):/i.test(value)) el.removeAttribute(name);
    }
  }
  return body.innerHTML;
}
