/**
 * Serves the built UI from `app://kiosk/` (never file://), with the kiosk's CSP on every response.
 */
import fs from 'node:fs';
import { protocol, type Session } from 'electron';
import { APP_SCHEME, isAppUrl } from '../policy/app-origin';
import { mimeTypeFor, resolveBundleFile } from '../policy/bundle-path';
import { contentSecurityPolicy } from '../policy/content-security-policy';
import { permissionsPolicy } from '../policy/permissions-policy';
import { SLIP_CONTENT_SECURITY_POLICY } from '../services/slips/slip-html';
import type { Recordings } from '../services/recordings';
import { SLIP_PATH_PREFIX, type SlipService } from '../services/slips/slip-service';
import { RECORDING_CONTENT_TYPE, RECORDING_PATH_PREFIX } from '../shared/recordings';

/** Must run before `app.whenReady()`: makes app:// a secure, standard origin with fetch support. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** `recordings`: the content's recorded speech, served under __audio/ (absent: none is served). */
export function setupAppProtocol(kioskSession: Session, bundleRoot: string, slips: Pick<SlipService, 'html'>, recordings?: Pick<Recordings, 'recording'>): void {
  const csp = contentSecurityPolicy();
  const headers = (contentType: string): Record<string, string> => ({
    'content-type': contentType,
    'content-security-policy': csp,
    'permissions-policy': permissionsPolicy(),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  kioskSession.protocol.handle(APP_SCHEME, async (request) => {
    const slipPrefix = `/${SLIP_PATH_PREFIX}`;
    const recordingPrefix = `/${RECORDING_PATH_PREFIX}`;
    if (isAppUrl(request.url) && new URL(request.url).pathname.startsWith(recordingPrefix)) {
      const recording = recordings?.recording(new URL(request.url).pathname.slice(recordingPrefix.length)) ?? null;
      return recording
        ? new Response(Buffer.from(recording), { headers: headers(RECORDING_CONTENT_TYPE) })
        : new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    }
    if (isAppUrl(request.url) && new URL(request.url).pathname.startsWith(slipPrefix)) {
      const html = slips.html(new URL(request.url).pathname.slice(slipPrefix.length));
      return html
        ? new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': SLIP_CONTENT_SECURITY_POLICY } })
        : new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    }
    const file = isAppUrl(request.url) ? resolveBundleFile(bundleRoot, new URL(request.url).pathname) : null;
    if (!file) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    return new Response(await fs.promises.readFile(file), { headers: headers(mimeTypeFor(file)) });
  });
}
