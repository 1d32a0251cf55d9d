/**
 * The Content-Security-Policy every kiosk page is served with (Electron's protocol handler and the
 * WebHost server send the same header). Nothing from outside the app: no remote fonts, scripts,
 * images or connections, no inline script, no plugins, no framing, no forms.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "media-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    // Only the kiosk's own slip preview may be framed.
    "frame-src 'self'",
    "worker-src 'self'",
    "manifest-src 'none'",
  ].join('; ');
}
