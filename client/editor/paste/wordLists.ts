// Word pastes lists as paragraphs styled "mso-list:l0 level2 lfo1" whose
// marker ("1.", "·") sits in a span styled "mso-list:Ignore". They become
// real nested <ol>/<ul>, so they land as lists, not as text with fake numbers.

const LEVEL = /mso-list:\s*l\d+\s+level(\d+)/i;

function listLevel(el: Element): number | null {
  const match = LEVEL.exec(el.getAttribute("style") ?? "");
  return match ? Number(match[1]) : null;
}

// Removes the marker and tells whether it was a number or letter (ordered) or a bullet.
function takeMarker(paragraph: Element): boolean {
  const marker = [...paragraph.querySelectorAll("span")].find((span) => /mso-list:\s*ignore/i.test(span.getAttribute("style") ?? ""));
  const text = marker?.textContent?.trim() ?? "";
  marker?.remove();
  return /^[\dA-Za-z]{1,4}[.)]$/.test(text);
}

function buildLists(run: Element[]): DocumentFragment {
  const doc = run[0].ownerDocument;
  const fragment = doc.createDocumentFragment();
  const stack: { level: number; list: HTMLElement }[] = [];
  for (const paragraph of run) {
    const level = listLevel(paragraph) ?? 1;
    const ordered = takeMarker(paragraph);
    while (stack.length > 0 && stack[stack.length - 1].level > level) stack.pop();
    if (stack.length === 0 || stack[stack.length - 1].level < level) {
      const list = doc.createElement(ordered ? "ol" : "ul");
      (stack[stack.length - 1]?.list.lastElementChild ?? fragment).append(list);
      stack.push({ level, list });
    }
    const item = doc.createElement("li");
    item.append(...paragraph.childNodes);
    stack[stack.length - 1].list.append(item);
  }
  return fragment;
}

/** Rewrites Word's list paragraphs under `root` into nested HTML lists, in place. */
export function convertWordLists(root: Element): void {
  const runs: Element[][] = [];
  for (const paragraph of root.querySelectorAll("p")) {
    if (listLevel(paragraph) === null) continue;
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].nextElementSibling === paragraph) run.push(paragraph);
    else runs.push([paragraph]);
  }
  for (const run of runs) {
    run[0].before(buildLists(run));
    run.forEach((paragraph) => paragraph.remove());
  }
}
