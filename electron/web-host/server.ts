/**
 * The WebHost server: serves the built UI on 127.0.0.1 and answers the host calls over HTTP
 * (`POST /api/<call>`), with the same dispatcher and handlers as Electron's IPC gateway. Used by
 * `npm run serve`, by the Chromium-kiosk fallback of `npm start`, and by the end-to-end tests.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WEB_API_PREFIX } from '../shared/host-contract';
import { RECORDING_CONTENT_TYPE, RECORDING_PATH_PREFIX } from '../shared/recordings';
import { mimeTypeFor, resolveBundleFile } from '../policy/bundle-path';
import { contentSecurityPolicy } from '../policy/content-security-policy';
import { permissionsPolicy } from '../policy/permissions-policy';
import { createDispatch, errorKind } from '../services/host-gateway';
import { createHostHandlers, forgetVisitorSession } from '../services/host-handlers';
import { createHostServices, type HostServiceOptions } from '../services/host-services';
import type { Logger } from '../services/log';
import { SLIP_CONTENT_SECURITY_POLICY } from '../services/slips/slip-html';
import { SLIP_PATH_PREFIX } from '../services/slips/slip-service';
import { LAUNCH_PATH_PREFIX, LaunchSession, otherCookies } from './launch-session';
import { hasOwnOrigin, isSameOriginRequest } from './request-origin';

/** Where the page goes to be wiped: the response clears the site's storage and cache and redirects to the start. */
export const SESSION_RESTART_PATH = '/session/restart';
const MAX_BODY_BYTES = 64 * 1024;
/** How long responses in flight may take to finish when the host stops. */
const CLOSE_GRACE_MS = 3_000;

export type WebHostOptions = {
  bundleRoot: string;
  /** The built-in content pack and the keys the app trusts (dist/content), and the fonts slips embed (dist/fonts). */
  builtinPack: string;
  trustedKeysFile: string;
  fontsDirectory: string;
  dataDirectory: string;
  version: string;
  log: Logger;
  port?: number;
  printTiming?: HostServiceOptions['printTiming'];
  /** Follow slips in the system's print queue (default true; without one the kiosk does not print). */
  useSystemPrintQueue?: boolean;
  /**
   * The health view's lockdown facts, staff's "Quit the kiosk", and a fresh browser (the launcher
   * gives all three): for a page frozen in a print call, and after each idle reset.
   */
  lockdown?: HostServiceOptions['lockdown'];
  quitKiosk?: () => void;
  restartBrowser?: () => void;
};

export type RunningWebHost = {
  url: string;
  port: number;
  /**
   * A one-time link that connects a browser to this host (see launch-session.ts): open it once, in
   * the kiosk's browser. Each call makes a new link and stops the previous unused one working.
   */
  launchUrl(): string;
  close(): Promise<void>;
};

/** What any caller but the launched page gets. */
const NOT_THE_KIOSK_PAGE = 'Only the kiosk page the launcher opened may call the host.';

export async function startWebHost(options: WebHostOptions): Promise<RunningWebHost> {
  const { log } = options;
  if (!fs.existsSync(options.bundleRoot)) {
    throw new Error(`The UI is not built (${options.bundleRoot} is missing). Run "npm run build" first.`);
  }
  const services = await createHostServices({ ...options, host: 'web' });
  const { slips } = services;
  services.staff.restarts.record('started (WebHost)');
  // The page wipes itself (renderer/host/web-host.ts); the server forgets slips, print jobs and staff mode.
  // After an idle reset (the visitor has gone) the launcher also gives the kiosk a fresh browser:
  // nothing of the visit stays in the memory of the process that showed it, and no page lives on for
  // months (one that does can grow slow: docs/quality.md). Never after Quick exit or "finish", where
  // someone is at the screen and the welcome page must be there at once. The host has already
  // forgotten the visit, so the old page needs no reply.
  const endSession = (reason: 'quick-exit' | 'idle' | 'finished'): void => {
    if (reason === 'idle') options.restartBrowser?.();
  };
  const dispatch = createDispatch(createHostHandlers({ ...services, endSession }), log);
  const csp = contentSecurityPolicy();
  const permissions = permissionsPolicy();
  const launches = new LaunchSession();
  let port = 0;
  let stopping = false;

  const server = http.createServer((request, response) => {
    const respond = (status: number, headers: Record<string, string>, body?: string | Buffer): void => {
      // While stopping, each answer is the connection's last, so the browser does not send more.
      response.writeHead(status, { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', ...(stopping ? { connection: 'close' } : {}), ...headers });
      response.end(body);
    };
    // A keep-alive connection whose answer went out while stopping is idle now: close it too.
    response.once('finish', () => {
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
    if (!isSameOriginRequest(request.headers, port)) {
      // Refuses DNS rebinding and calls from other sites' pages in the same browser.
      respond(403, { 'content-type': 'text/plain' }, 'Forbidden');
      return;
    }
    let url: URL;
    let name = '';
    try {
      url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (url.pathname.startsWith(WEB_API_PREFIX)) name = decodeURIComponent(url.pathname.slice(WEB_API_PREFIX.length));
    } catch {
      respond(400, { 'content-type': 'text/plain' }, 'Bad request');
      return;
    }

    if (request.method === 'GET' && url.pathname.startsWith(LAUNCH_PATH_PREFIX)) {
      const cookie = launches.exchange(url.pathname.slice(LAUNCH_PATH_PREFIX.length));
      if (!cookie) {
        log.warn('web-host', 'refused a launch link that was used already, replaced or never made');
        respond(403, { 'content-type': 'text/plain; charset=utf-8' }, 'This kiosk link works once only and was used already. Restart the kiosk to open it again.');
        return;
      }
      // A new page is a new visitor session: staff mode locks; the old page's slips and prints go.
      void forgetVisitorSession(services)
        .catch((error: unknown) => log.error('web-host', `could not end the previous session (${errorKind(error)})`))
        .then(() => respond(303, { location: '/', 'set-cookie': cookie }));
      return;
    }
    const fromThePage = launches.isCurrent(request.headers);
    if (request.method === 'POST' && url.pathname.startsWith(WEB_API_PREFIX)) {
      if (!fromThePage || !hasOwnOrigin(request.headers, port)) {
        // A small body is drained, so the caller reads its answer rather than a reset connection;
        // a large or unsized one is not worth reading for a stranger: the connection just closes.
        const small = Number(request.headers['content-length'] ?? Number.POSITIVE_INFINITY) <= MAX_BODY_BYTES;
        if (small) request.resume();
        respond(403, { 'content-type': 'application/json; charset=utf-8', ...(small ? {} : { connection: 'close' }) }, JSON.stringify({ ok: false, error: { code: 'forbidden', message: NOT_THE_KIOSK_PAGE } }));
        return;
      }
      readJsonBody(request)
        .then(async (payload) => dispatch(name, payload))
        .catch((error: Error) => ({ ok: false, error: { code: 'invalid-request', message: error.message } }))
        .then((reply) => respond(200, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify(reply)));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      respond(405, { 'content-type': 'text/plain', allow: 'GET, HEAD' }, 'Method not allowed');
      return;
    }
    if (url.pathname.startsWith(`/${SLIP_PATH_PREFIX}`)) {
      // A slip shows the contacts a visitor chose: for the page's eyes only.
      if (!fromThePage) {
        respond(403, { 'content-type': 'text/plain' }, 'Forbidden');
        return;
      }
      const html = slips.html(url.pathname.slice(SLIP_PATH_PREFIX.length + 1));
      if (html) respond(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': SLIP_CONTENT_SECURITY_POLICY }, html);
      else respond(404, { 'content-type': 'text/plain' }, 'Not found');
      return;
    }
    if (url.pathname.startsWith(`/${RECORDING_PATH_PREFIX}`)) {
      const recording = services.recordings.recording(url.pathname.slice(RECORDING_PATH_PREFIX.length + 1));
      if (!recording) respond(404, { 'content-type': 'text/plain' }, 'Not found');
      else respond(200, { 'content-type': RECORDING_CONTENT_TYPE, 'content-security-policy': csp, 'permissions-policy': permissions }, request.method === 'HEAD' ? undefined : Buffer.from(recording));
      return;
    }
    if (url.pathname === SESSION_RESTART_PATH) {
      // "cookies" is left out of Clear-Site-Data on purpose: it would also clear the launch session
      // (random, HttpOnly, holding nothing of the visitor) and cut the kiosk page off its host.
      // Every other cookie the browser sent (the page sets none; this is in case) is expired here.
      response.setHeader('set-cookie', otherCookies(request.headers.cookie).map((name) => `${name}=; Path=/; Max-Age=0`));
      respond(303, { location: '/', 'clear-site-data': '"cache", "storage"' });
      return;
    }
    const file = resolveBundleFile(options.bundleRoot, url.pathname);
    if (!file) {
      respond(404, { 'content-type': 'text/plain' }, 'Not found');
      return;
    }
    fs.readFile(file, (error, body) => {
      if (error) respond(500, { 'content-type': 'text/plain' }, 'Could not read file');
      else respond(200, { 'content-type': mimeTypeFor(file), 'content-security-policy': csp, 'permissions-policy': permissions }, request.method === 'HEAD' ? undefined : body);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  log.info('web-host', `serving the kiosk UI at ${url}`);
  return {
    url,
    port,
    launchUrl: () => `http://127.0.0.1:${port}${LAUNCH_PATH_PREFIX}${launches.newLaunchCode()}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Gently: no new connections, idle ones closed at once, and each response in flight may
        // finish (a page loading its fonts as the host stops gets them, not a reset connection);
        // whatever is still open after the grace period is cut.
        stopping = true;
        services.stopContentWatch();
        const cutOff = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        server.close(() => {
          clearTimeout(cutOff);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}

function readJsonBody(request: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      reject(new Error('Host calls must be sent as application/json.'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is drained and dropped, so the caller still gets a clear reply.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > MAX_BODY_BYTES) return reject(new Error('The request is too large.'));
      const text = Buffer.concat(chunks).toString('utf8');
      if (text === '') return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new Error('The request is not valid JSON.'));
      }
    });
    request.on('error', reject);
  });
}
