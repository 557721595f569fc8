/** A picture of a document, as its file holds it (read only when it is to be recognised). */
export interface Picture {
  /** Its bytes, or null when the file does not hold them. */
  bytes: () => Promise<Uint8Array | null>;
}
