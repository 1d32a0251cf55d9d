/**
 * Serves the built UI from `app://kiosk/` (never file://), with the kiosk's CSP on every response.
 */
import fs from 'node:fs';
import { protocol, type Session } from 'electron';
import { APP_SCHEME, isAppUrl } from '../policy/app-origin';
import { mimeTypeFor, resolveBundleFile } from '../policy/bundle-path';
import { contentSecurityPolicy } from '../policy/content-security-policy';

/** Must run before `app.whenReady()`: makes app:// a secure, standard origin with fetch support. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function setupAppProtocol(kioskSession: Session, bundleRoot: string): void {
  const csp = contentSecurityPolicy();
  kioskSession.protocol.handle(APP_SCHEME, async (request) => {
    const file = isAppUrl(request.url) ? resolveBundleFile(bundleRoot, new URL(request.url).pathname) : null;
    if (!file) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    const body = await fs.promises.readFile(file);
    return new Response(body, {
      headers: {
        'content-type': mimeTypeFor(file),
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      },
    });
  });
}
