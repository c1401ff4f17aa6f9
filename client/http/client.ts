/** An error answer from the server, carrying its stable code and its (Danish) message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Structured facts the server sent with the refusal (e.g. where CPR numbers stand). */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/**
 * Codes of failures the server did not describe (unreachable, or an answer
 * without its error shape); these carry no message, so the UI words them.
 */
export const CLIENT_ERROR_CODES = { network: "network_error", unexpected: "unexpected_response" } as const;

interface RequestOptions {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * Calls the same-origin JSON API with the session cookie. Resolves with the
 * parsed body on 2xx; throws an {@link ApiError} with the server's message otherwise.
 */
export async function apiFetch<T>(path: string, { method = "GET", body, signal }: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      signal,
      credentials: "same-origin",
      headers: body === undefined ? { Accept: "application/json" } : { Accept: "application/json", "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, CLIENT_ERROR_CODES.network, "");
  }
  // 204 No Content (a deletion) has no body to parse.
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok && payload !== undefined) return payload as T;
  const serverError = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  if (serverError && typeof serverError.code === "string" && typeof serverError.message === "string") {
    throw new ApiError(response.status, serverError.code, serverError.message, serverError.details);
  }
  throw new ApiError(response.status, CLIENT_ERROR_CODES.unexpected, "");
}
