import { useEffect, useState } from "react";

/** The state of one request: waiting, its result, or its error. */
export type ApiState<T> = { status: "loading" } | { status: "done"; data: T } | { status: "failed"; error: unknown };

/**
 * Runs a request when the component mounts or `key` changes, aborting the
 * previous one, so a slow answer for an old page never overwrites a newer one.
 */
export function useApi<T>(request: (signal: AbortSignal) => Promise<T>, key: string): ApiState<T> {
  const [state, setState] = useState<ApiState<T>>({ status: "loading" });
  // Keyed by `key` alone: callers pass an inline function, new on every render.
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: "loading" });
    request(controller.signal).then(
      (data) => controller.signal.aborted || setState({ status: "done", data }),
      (error: unknown) => controller.signal.aborted || setState({ status: "failed", error }),
    );
    return () => controller.abort();
  }, [key]);
  return state;
}
