import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * The one error type routes throw. `code` is stable for clients and tests;
 * `message` is Danish text fit to show the user.
 */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    /** Structured facts a client can show, e.g. where CPR numbers were found. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** 404 for anything the user may not know exists. */
export const notFound = (what = "Siden") => new AppError(404, "not_found", `${what} findes ikke.`);

/** 401 when a route needs a logged-in user. */
export const unauthenticated = () => new AppError(401, "unauthenticated", "Du skal være logget ind.");

/** 403 for a user who may see a thing but not change it. */
export const forbidden = (message = "Du har ikke adgang til at gøre dette.") => new AppError(403, "forbidden", message);
