/** Something in a text shaped like a Danish CPR number. */
export interface CprMatch {
  /** The matched text, e.g. "010203-1234". */
  text: string;
  index: number;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// ddmmyy-xxxx or ddmmyyxxxx, not part of a longer run of digits (phone
// numbers, case numbers, account numbers) and not a dd-mm-yyyy date.
const CANDIDATE = /(?<![\d-])(\d{2})(\d{2})(\d{2})(-?)(\d{4})(?![\d]|-\d)/g;

/**
 * Finds CPR-shaped numbers: six digits that are a valid date (ddmmyy),
 * optionally a dash, and four digits. Used to refuse publishing minutes
 * that could identify a patient, and to warn in the editor.
 */
export function findCprNumbers(text: string): CprMatch[] {
  const found: CprMatch[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) continue;
    found.push({ text: m[0], index: m.index });
  }
  return found;
}
