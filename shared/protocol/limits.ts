/** Document ids are UUIDs; the stock client puts them in the URL path unencoded. */
export const DOCUMENT_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** URL path prefix of the sync endpoint: the room name follows it. */
export const SYNC_PATH = "/sync";
