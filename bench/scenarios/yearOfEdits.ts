import * as Y from "yjs";
import { docEdits } from "../../tests/helpers/docEdits.js";
import { DOCUMENT_FRAGMENT } from "../../shared/editor/schema.js";

/** People editing the document together. */
const WRITERS = 4;
/** Origin of updates a writer receives from the others (not recorded again). */
const RELAYED = Symbol("relayed");
const WORDS = ["referat", "beslutning", "handleplan", "opfølgning", "kommunerne", "regionen", "sundhedsklyngen", "forløb"];

/** A small seeded generator (mulberry32): the same document on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A year of meetings' worth of editing as the updates the server would
 * store: `count` small updates from writers who see each other's edits,
 * mostly single keystrokes, with backspaces, new paragraphs and the odd
 * decision block, all in the document's first agenda item.
 */
export function generateYearOfEdits(initial: Uint8Array[], count: number): { updates: Uint8Array[]; finalState: Uint8Array; characters: number } {
  const random = seeded(2025);
  const updates: Uint8Array[] = [];
  const writers = Array.from({ length: WRITERS }, () => {
    const doc = new Y.Doc();
    initial.forEach((u) => Y.applyUpdate(doc, u, RELAYED));
    return doc;
  });
  for (const doc of writers) {
    doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === RELAYED) return;
      updates.push(update);
      for (const other of writers) if (other !== doc) Y.applyUpdate(other, update, RELAYED);
    });
  }
  const lastText = (doc: Y.Doc): Y.XmlText => {
    const item = doc.getXmlFragment(DOCUMENT_FRAGMENT).get(0) as Y.XmlElement;
    return (item.get(item.length - 1) as Y.XmlElement).get(0) as Y.XmlText;
  };
  const current = writers.map(() => null as Y.XmlText | null);
  while (updates.length < count) {
    const w = Math.floor(random() * WRITERS);
    const doc = writers[w];
    const roll = random();
    const text = current[w];
    if (!text || roll < 0.03) {
      docEdits.typeInItem(doc, 0, WORDS[Math.floor(random() * WORDS.length)]);
      current[w] = lastText(doc);
    } else if (roll < 0.035) {
      docEdits.addDecision(doc, 0, "Forummet godkender indstillingen.");
    } else if (roll < 0.1 && text.length > 0) {
      text.delete(text.length - 1, 1);
    } else {
      const word = WORDS[Math.floor(random() * WORDS.length)];
      text.insert(text.length, random() < 0.15 ? " " : word[Math.floor(random() * word.length)]);
    }
  }
  const finalState = Y.encodeStateAsUpdate(writers[0]);
  const characters = docEdits.text(writers[0]).length;
  writers.forEach((d) => d.destroy());
  return { updates, finalState, characters };
}
