// The characters above U+00FF that the standard PDF fonts' WinAnsi encoding has (pdfkit maps them itself).
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

const LOOKALIKES: Record<string, string> = {
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "–",
  "\u2015": "—",
  "\u2032": "'",
  "\u2033": '"',
  "\u2192": "->",
  "\u2190": "<-",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2212": "-",
  "\u00AD": "",
  "\t": " ",
};

/**
 * Text the built-in Helvetica can print: composed (so a decomposed "å" from
 * a Mac keyboard stays one letter), with common symbols spelled out and
 * anything else outside WinAnsi shown as "?" instead of garbled glyphs.
 */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    const code = char.codePointAt(0) ?? 0;
    if (char in LOOKALIKES) out += LOOKALIKES[char];
    else if (char === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char)) out += char;
    else if (/\s/u.test(char)) out += " ";
    else out += "?";
  }
  return out;
}
