/**
 * The WebHost server: serves the built UI on 127.0.0.1 and answers the host calls over HTTP
 * (`POST /api/<call>`), with the same dispatcher and handlers as Electron's IPC gateway. Used by
 * `npm run serve`, by the Chromium-kiosk fallback of `npm start`, and by the end-to-end tests.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WEB_API_PREFIX } from '../shared/host-contract';
import { RECORDING_PATH_PREFIX } from '../shared/recordings';
import { mimeTypeFor, resolveBundleFile } from '../policy/bundle-path';
import { contentSecurityPolicy } from '../policy/content-security-policy';
import { createDispatch } from '../services/host-gateway';
import { createHostHandlers } from '../services/host-handlers';
import { createHostServices, type HostServiceOptions } from '../services/host-services';
import type { Logger } from '../services/log';
import { SLIP_CONTENT_SECURITY_POLICY } from '../services/slips/slip-html';
import { SLIP_PATH_PREFIX } from '../services/slips/slip-service';
import { isSameOriginRequest } from './request-origin';

/** Where the page goes to be wiped: the response clears all site data and redirects to the start. */
export const SESSION_RESTART_PATH = '/session/restart';
const MAX_BODY_BYTES = 64 * 1024;

export type WebHostOptions = {
  bundleRoot: string;
  /** The content and fonts slips are printed from (dist/locales and dist/fonts after a build). */
  localesDirectory: string;
  fontsDirectory: string;
  dataDirectory: string;
  version: string;
  log: Logger;
  port?: number;
  printTiming?: { confirmTimeoutMs: number; pollMs: number };
  /** Use the system's CUPS where it runs (default true). */
  useCups?: boolean;
  /** The health view's lockdown facts, and staff's "Quit the kiosk" (the launcher gives both). */
  lockdown?: HostServiceOptions['lockdown'];
  quitKiosk?: () => void;
};

export type RunningWebHost = { url: string; port: number; close(): Promise<void> };

export async function startWebHost(options: WebHostOptions): Promise<RunningWebHost> {
  const { log } = options;
  if (!fs.existsSync(options.bundleRoot)) {
    throw new Error(`The UI is not built (${options.bundleRoot} is missing). Run "npm run build" first.`);
  }
  const services = await createHostServices({ ...options, host: 'web' });
  const { slips } = services;
  services.staff.restarts.record('started (WebHost)');
  // The page wipes itself (renderer/host/web-host.ts); the server forgets slips, print jobs and staff mode.
  const dispatch = createDispatch(createHostHandlers({ ...services, endSession: () => undefined }), log);
  const csp = contentSecurityPolicy();
  let port = 0;

  const server = http.createServer((request, response) => {
    const respond = (status: number, headers: Record<string, string>, body?: string | Buffer): void => {
      response.writeHead(status, { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', ...headers });
      response.end(body);
    };
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

    if (request.method === 'POST' && url.pathname.startsWith(WEB_API_PREFIX)) {
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
      const html = slips.html(url.pathname.slice(SLIP_PATH_PREFIX.length + 1));
      if (html) respond(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': SLIP_CONTENT_SECURITY_POLICY }, html);
      else respond(404, { 'content-type': 'text/plain' }, 'Not found');
      return;
    }
    if (url.pathname.startsWith(`/${RECORDING_PATH_PREFIX}`)) {
      const recording = services.recordings.file(url.pathname.slice(RECORDING_PATH_PREFIX.length + 1));
      if (!recording) respond(404, { 'content-type': 'text/plain' }, 'Not found');
      else fs.readFile(recording, (error, body) => {
        if (error) respond(500, { 'content-type': 'text/plain' }, 'Could not read file');
        else respond(200, { 'content-type': mimeTypeFor(recording), 'content-security-policy': csp }, request.method === 'HEAD' ? undefined : body);
      });
      return;
    }
    if (url.pathname === SESSION_RESTART_PATH) {
      respond(303, { location: '/', 'clear-site-data': '"cache", "cookies", "storage"' });
      return;
    }
    const file = resolveBundleFile(options.bundleRoot, url.pathname);
    if (!file) {
      respond(404, { 'content-type': 'text/plain' }, 'Not found');
      return;
    }
    fs.readFile(file, (error, body) => {
      if (error) respond(500, { 'content-type': 'text/plain' }, 'Could not read file');
      else respond(200, { 'content-type': mimeTypeFor(file), 'content-security-policy': csp }, request.method === 'HEAD' ? undefined : body);
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
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
