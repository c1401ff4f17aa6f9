import { useCallback, useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { isOnItsWay, shownSearch, withChange, type PendingUrlChanges } from "./pendingUrlChanges.js";

/** How a page's filters are read from and written to its URL. */
export interface UrlQueryCodec<Q> {
  read(params: URLSearchParams): Q;
  write(query: Q): URLSearchParams;
}

/** Options of one change: `replace` for typing, so each key does not become a history entry. */
export interface UrlQueryChange {
  replace?: boolean;
}

/** Changes some filters, given outright or computed from the newest ones. */
export type UrlQuerySetter<Q> = (change: Partial<Q> | ((latest: Q) => Partial<Q>), options?: UrlQueryChange) => void;

/**
 * A page's filters kept in its URL, so they survive a reload and can be
 * shared. Until the router has rendered the newest change (see
 * {@link PendingUrlChanges}) that change is shown, and every further change
 * builds on it, so quick clicks or typing never lose a step to a URL that has
 * not caught up yet. A navigation from elsewhere (a link, the back button)
 * wins over changes still on their way.
 */
export function useUrlQuery<Q>(codec: UrlQueryCodec<Q>): [Q, UrlQuerySetter<Q>] {
  const [params, setParams] = useSearchParams();
  const rendered = params.toString();
  const [pending, setPending] = useState<PendingUrlChanges | null>(null);
  const onItsWay = pending !== null && isOnItsWay(pending, rendered);

  useEffect(() => {
    // Only the changes this render saw are done: one made meanwhile (queued before this clears) stays on its way.
    if (pending && !onItsWay) setPending((current) => (current === pending ? null : current));
  }, [pending, onItsWay]);

  const { read, write } = codec;
  const change = useCallback<UrlQuerySetter<Q>>(
    (update, options = {}) => {
      // The address bar holds every change at once (the router's rendering follows later), so each builds on the one before.
      const before = window.location.search.slice(1);
      const latest = read(new URLSearchParams(before));
      const search = write({ ...latest, ...(typeof update === "function" ? update(latest) : update) }).toString();
      setPending((previous) => withChange(previous, before, search, rendered));
      setParams(search, { replace: options.replace, preventScrollReset: true });
    },
    [read, write, rendered, setParams],
  );
  return [read(new URLSearchParams(shownSearch(pending, rendered))), change];
}
