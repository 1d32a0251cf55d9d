/**
 * The Content-Security-Policy every kiosk page is served with (Electron's protocol handler and the
 * WebHost server send the same header). Nothing from outside the app: no remote fonts, scripts,
 * images or connections, no inline script, no plugins, no framing, no forms.
 *
 * Read-aloud needs nothing more: its engine (espeak-ng built to plain JavaScript, not to a
 * WebAssembly binary) runs in a worker from the app's own files ('self'), loads its voice data and
 * recordings with fetch (connect-src 'self'), and plays them through Web Audio, which no
 * directive governs. So there is no 'wasm-unsafe-eval' anywhere, and no media element or blob:
 * URL is allowed at all.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "media-src 'none'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    // Only the kiosk's own slip preview may be framed.
    "frame-src 'self'",
    // The speech engine's worker.
    "worker-src 'self'",
    "manifest-src 'none'",
  ].join('; ');
}
