/** One request started through {@link LatestRequest}. */
export interface RequestTicket {
  /** Aborted as soon as a newer request starts or the series is cancelled. */
  readonly signal: AbortSignal;
  /** True while no newer request has started and the series was not cancelled: only then may its answer be shown. */
  isCurrent(): boolean;
}

/**
 * Keeps only the newest of a series of requests (a filtered list asked for
 * again and again). Starting a request aborts the one before it, and each
 * ticket carries a sequence number, so an answer that arrives late, or comes
 * from a request that ignores its signal, can never replace a newer one.
 */
export class LatestRequest {
  private sequence = 0;
  private controller: AbortController | null = null;

  /** Starts the next request of the series; every earlier one stops being current. */
  start(): RequestTicket {
    this.cancel();
    const controller = new AbortController();
    this.controller = controller;
    const mine = this.sequence;
    return {
      signal: controller.signal,
      isCurrent: () => mine === this.sequence && !controller.signal.aborted,
    };
  }

  /** Aborts the request in flight, if any; its answer will not be current. */
  cancel(): void {
    this.controller?.abort();
    this.controller = null;
    this.sequence += 1;
  }
}
