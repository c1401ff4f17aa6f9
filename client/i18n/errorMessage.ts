import type { TFunction } from "i18next";
import { ApiError, CLIENT_ERROR_CODES } from "../http/client.js";

/**
 * The text to show for a failed request: the server's own message when it
 * sent one (Danish), otherwise a translated network or generic error.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.code === CLIENT_ERROR_CODES.network) return t("errors.network");
    if (error.message) return error.message;
  }
  return t("errors.unexpected");
}
