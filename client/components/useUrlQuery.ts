import { useCallback, useEffect, useState } from "react";
import { useSearchParams } from "react-router";

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
 * shared. The router renders a new URL in a transition, a moment after the
 * click; until it has, the latest choice is shown and every further change
 * builds on it, so three quick clicks never lose the first two to a URL
 * that has not caught up yet. A navigation from elsewhere (a link, the back
 * button) wins over a choice still on its way.
 */
export function useUrlQuery<Q>(codec: UrlQueryCodec<Q>): [Q, UrlQuerySetter<Q>] {
  const [params, setParams] = useSearchParams();
  const rendered = params.toString();
  // The newest change, and the URL the router showed when it was made; shown until the router renders a newer URL.
  const [pending, setPending] = useState<{ from: string; search: string } | null>(null);
  const shown = pending && pending.from === rendered ? pending.search : rendered;

  useEffect(() => {
    if (pending && pending.from !== rendered) setPending(null);
  }, [pending, rendered]);

  const { read, write } = codec;
  const change = useCallback(
    (update: Partial<Q> | ((latest: Q) => Partial<Q>), options: UrlQueryChange = {}) => {
      // The address bar holds every change at once (the router's rendering follows later), so each builds on the one before.
      const latest = read(new URLSearchParams(window.location.search));
      const search = write({ ...latest, ...(typeof update === "function" ? update(latest) : update) }).toString();
      setPending({ from: rendered, search });
      setParams(search, { replace: options.replace, preventScrollReset: true });
    },
    [read, write, rendered, setParams],
  );
  return [read(new URLSearchParams(shown)), change];
}
