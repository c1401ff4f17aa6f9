// Dark enough for white label text (contrast ≥ 4.5:1) and apart from each other.
const PALETTE = ["#1f6feb", "#b3261e", "#1a7f37", "#8250df", "#9a6700", "#0e7490", "#c2185b", "#5d4037", "#3949ab", "#00796b"];

/**
 * A stable colour for a user's caret and presence dot, the same in every
 * browser and session, derived from the user id (FNV-1a hash into a palette).
 * Always `#rrggbb`: CollaborationCaret ignores other colour formats.
 */
export function userColor(userId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i += 1) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return PALETTE[(hash >>> 0) % PALETTE.length];
}
