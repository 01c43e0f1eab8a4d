/**
 * The window's Content-Security-Policy. No inline or remote script, no eval, no plugins, no
 * framing; everything comes from the app's own origin. Shared by the app:// protocol handler and
 * the e2e harness so both serve the page under the same policy.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
