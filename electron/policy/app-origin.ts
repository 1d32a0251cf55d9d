/**
 * Where the kiosk's own pages live. Electron serves the UI from `app://kiosk/`; nothing else may
 * load, navigate or call the host.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * True only for URLs of the kiosk's own bundle. Uses the URL parser, never string prefixes, so
 * `app://kiosk.evil/` or `app://kiosk@evil/` do not pass. (Node gives custom schemes an opaque
 * origin, so protocol and host are compared instead of `origin`.)
 */
export function isAppUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * The request filter: every request that is not the app's own is cancelled. `devtools:` and
 * `chrome-extension:` are refused too; DevTools are off in a packaged kiosk.
 */
export function isAllowedRequestUrl(candidate: string): boolean {
  return isAppUrl(candidate);
}
