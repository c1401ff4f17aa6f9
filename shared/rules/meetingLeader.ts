import type { Sector } from "../region/vocabulary.js";

/** A chair seat of a forum: who sits in it and for which sector (null when the seat names none). */
export interface ChairSeat {
  userId: string;
  sector: Sector | null;
}

/**
 * Who leads a meeting (mødeleder): the one set on the meeting, otherwise the
 * chair whose seat is of the host organisation's sector, as Driftsgruppen
 * Syd's kommissorium says ("mødet ledes af formanden fra den sektor, der er
 * vært"). No host sector, no such chair, or two chairs of that sector: no
 * mødeleder, rather than a guess.
 */
export function meetingLeader(explicitLeaderId: string | null, chairs: ChairSeat[], hostSector: Sector | null): { userId: string; isDefault: boolean } | null {
  if (explicitLeaderId) return { userId: explicitLeaderId, isDefault: false };
  if (!hostSector) return null;
  const matching = chairs.filter((chair) => chair.sector === hostSector);
  return matching.length === 1 ? { userId: matching[0].userId, isDefault: true } : null;
}
