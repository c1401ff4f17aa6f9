/**
 * URL changes a page has made that the router has not rendered yet: the
 * query string it rendered before the first of them, and each change since,
 * newest last. The router renders new URLs in transitions, a moment late and
 * sometimes one by one; meanwhile the newest change is what the page shows.
 */
export interface PendingUrlChanges {
  from: string;
  written: string[];
}

/** The query string to show: the newest change while the router is still on its way to it, else the one rendered. */
export function shownSearch(pending: PendingUrlChanges | null, rendered: string): string {
  return pending && isOnItsWay(pending, rendered) ? pending.written[pending.written.length - 1] : rendered;
}

/**
 * True while the router shows the URL from before the changes or one of the
 * older changes. Once it shows the newest, or a URL of its own (a link, the
 * back button), the changes are done.
 */
export function isOnItsWay(pending: PendingUrlChanges, rendered: string): boolean {
  const newest = pending.written[pending.written.length - 1];
  return rendered !== newest && (rendered === pending.from || pending.written.includes(rendered));
}

/**
 * Adds a change: to the changes on their way when the address bar (`before`)
 * holds one of them, else as the first of a new series starting from what
 * the router renders now.
 */
export function withChange(pending: PendingUrlChanges | null, before: string, search: string, rendered: string): PendingUrlChanges {
  return pending?.written.includes(before) ? { from: pending.from, written: [...pending.written, search] } : { from: rendered, written: [search] };
}
