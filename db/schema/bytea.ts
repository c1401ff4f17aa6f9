import { customType } from "drizzle-orm/pg-core";

/** A bytea column read and written as Uint8Array by both PGlite and postgres-js. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType() {
    return "bytea";
  },
  fromDriver(value) {
    // postgres-js hands back a Buffer; Yjs wants a plain Uint8Array view.
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  },
});
