import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { forums } from "../../db/schema/index.js";
import type { EscalationDirection } from "../../shared/editor/vocabulary.js";
import type { LadderForum } from "../../shared/protocol/forumLadder.js";


/**
 * The forums of a forum's cluster seen from it: the forums above it (up),
 * the forums reporting to it, directly or further down (down), and every
 * other forum of the cluster (sideways). The hierarchy is data, so this
 * follows `reportsToForumId` rather than forum kinds.
 */
export async function forumLadder(db: Db, forumId: string): Promise<LadderForum[]> {
  const [self] = await db.select().from(forums).where(eq(forums.id, forumId));
  if (!self) return [];
  const all = await db.select().from(forums).where(eq(forums.clusterId, self.clusterId));
  const byId = new Map(all.map((f) => [f.id, f]));

  const above = new Set<string>();
  for (let f = self.reportsToForumId ? byId.get(self.reportsToForumId) : undefined; f && !above.has(f.id) && f.id !== self.id; ) {
    above.add(f.id);
    f = f.reportsToForumId ? byId.get(f.reportsToForumId) : undefined;
  }
  const below = new Set<string>();
  const frontier = [self.id];
  while (frontier.length > 0) {
    const parent = frontier.pop()!;
    for (const f of all) {
      if (f.reportsToForumId === parent && f.id !== self.id && !below.has(f.id)) {
        below.add(f.id);
        frontier.push(f.id);
      }
    }
  }
  const direction = (id: string): EscalationDirection => (above.has(id) ? "op" : below.has(id) ? "ned" : "side");
  const rank = { op: 0, ned: 1, side: 2 };
  return all
    .filter((f) => f.id !== self.id)
    .map((f) => ({ id: f.id, name: f.name, kind: f.kind, reportsToForumId: f.reportsToForumId, direction: direction(f.id) }))
    .sort((a, b) => rank[a.direction] - rank[b.direction] || a.name.localeCompare(b.name, "da"));
}
