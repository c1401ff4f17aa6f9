import { getSchema } from "@tiptap/core";
import type { Schema } from "@tiptap/pm/model";
import { documentExtensions } from "./extensions.js";

let cached: Schema | undefined;

/** The ProseMirror schema of the meeting document, built once from the shared extensions. */
export function documentSchema(): Schema {
  cached ??= getSchema(documentExtensions());
  return cached;
}

/** The name of the Yjs XmlFragment that holds the document (Tiptap's default). */
export const DOCUMENT_FRAGMENT = "default";
