/** The renderer's Content Security Policy: own code only, no eval, no remote content. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // ag-grid sets inline style attributes and injects its theme CSS at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");
