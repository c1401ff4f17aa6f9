/** A forum's place in the ladder: its id and the forum it reports to. */
export interface ForumLink {
  id: string;
  reportsToForumId: string | null;
}

/**
 * True when letting `forumId` report to `parentId` would make a forum report
 * to itself, directly or through others. The hierarchy must stay a tree.
 */
export function wouldCreateLoop(forums: ForumLink[], forumId: string, parentId: string | null): boolean {
  const parentOf = new Map(forums.map((f) => [f.id, f.reportsToForumId]));
  parentOf.set(forumId, parentId);
  const seen = new Set<string>();
  for (let current: string | null | undefined = forumId; current; current = parentOf.get(current)) {
    if (seen.has(current)) return true;
    seen.add(current);
  }
  return false;
}
