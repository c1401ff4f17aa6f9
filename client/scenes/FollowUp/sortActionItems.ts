import { ACTION_STATUSES } from "../../../shared/editor/vocabulary.js";
import type { ActionItem } from "./followUpApi.js";
import type { Sort } from "./followUpQuery.js";

// Items due on a condition or not at all come after every dated one.
const NO_DATE = "9999-12-31";

const byDue = (a: ActionItem, b: ActionItem) => (a.due.date ?? NO_DATE).localeCompare(b.due.date ?? NO_DATE);
const byMeeting = (a: ActionItem, b: ActionItem) => a.meeting.startsAt.localeCompare(b.meeting.startsAt);
const byStatus = (a: ActionItem, b: ActionItem) => ACTION_STATUSES.indexOf(a.status) - ACTION_STATUSES.indexOf(b.status);

const ORDER: Record<Sort, ((a: ActionItem, b: ActionItem) => number)[]> = {
  frist: [byDue, byMeeting],
  moede: [byMeeting, byDue],
  status: [byStatus, byDue, byMeeting],
};

/** A sorted copy of the items: the chosen key first, the others breaking ties; stable otherwise. */
export function sortActionItems(items: ActionItem[], sort: Sort): ActionItem[] {
  const keys = ORDER[sort];
  return [...items].sort((a, b) => {
    for (const key of keys) {
      const order = key(a, b);
      if (order !== 0) return order;
    }
    return 0;
  });
}
