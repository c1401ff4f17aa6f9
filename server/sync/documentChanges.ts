/**
 * What the rooms tell the part that keeps derived tables in line with the
 * documents (block extraction), without depending on it: which document
 * changed, and when a server edit must not be extracted half done.
 */
export interface DocumentChanges {
  /** A document's updates were stored here (in PostgreSQL or the local journal). */
  changed(documentId: string): void;
  /**
   * Runs `fn` with no extraction of the document running anywhere, after
   * extracting what is stored of it so far; the document is extracted again
   * once `fn` is done. For an edit that writes a table and the document
   * together: neither half is ever extracted without the other.
   */
  exclusive<T>(documentId: string, fn: () => Promise<T>): Promise<T>;
}

