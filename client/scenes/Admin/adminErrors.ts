import type { TFunction } from "i18next";
import { ApiError } from "../../http/client.js";
import { errorMessage } from "../../i18n/errorMessage.js";

// The administration's refusals, worded in the user's language; any other failure keeps the server's message.
const KNOWN = ["outside_ladder", "reporting_loop", "exists", "sector_required", "organisation_outside_region"] as const;
type Known = (typeof KNOWN)[number];

/** The text to show for a failed admin request: a known refusal in the user's language, else as `errorMessage`. */
export function adminErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && (KNOWN as readonly string[]).includes(error.code)) return t(`admin.errors.${error.code as Known}`);
  return errorMessage(error, t);
}
