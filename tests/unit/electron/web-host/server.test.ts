import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../electron/services/log';
import { DEFAULT_CONFIG } from '../../../../electron/shared/kiosk-config';
import { BUILT_APP } from '../../../../electron/services/project-paths';
import { PinStore } from '../../../../electron/services/staff/pin-store';
import { startWebHost, type RunningWebHost } from '../../../../electron/web-host/server';
import { builtInContent, contentWith } from '../../../support/content-packs';

let host: RunningWebHost;
let dataDirectory: string;

/** Raw HTTP, so the test controls Host and Origin headers the way a hostile page or DNS could. */
function request(
  method: string,
  pathname: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, method, path: pathname, headers: { host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Opens the launch link as the launcher's browser would, and returns the session cookie it sets. */
async function launch(): Promise<string> {
  const response = await request('GET', new URL(host.launchUrl()).pathname);
  expect(response.status).toBe(303);
  const cookie = response.headers['set-cookie']?.[0] ?? '';
  return cookie.split(';')[0] ?? '';
}

let session = '';
/** A host call as the kiosk page makes it: its Origin, and the session cookie from its launch. */
const callHost = (name: string, payload: unknown, headers: Record<string, string> = {}) =>
  request('POST', `/api/${name}`, {
    headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${host.port}`, cookie: session, ...headers },
    body: JSON.stringify(payload),
  });

beforeAll(async () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'webhost-'));
  const bundle = path.join(base, 'bundle');
  dataDirectory = path.join(base, 'data');
  fs.mkdirSync(bundle);
  fs.writeFileSync(path.join(bundle, 'index.html'), '<!doctype html><title>kiosk</title>');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'secret');
  fs.mkdirSync(dataDirectory);
  fs.writeFileSync(path.join(dataDirectory, 'config.json'), JSON.stringify({ idleSeconds: 30 }));
  host = await startWebHost({ ...BUILT_APP, bundleRoot: bundle, dataDirectory, version: '9.9.9', log: createMemoryLogger(), useSystemPrintQueue: false });
  session = await launch();
});
afterAll(async () => {
  await host.close();
  fs.rmSync(path.dirname(dataDirectory), { recursive: true, force: true });
});

describe('WebHost server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
  });

  it('serves the UI with the kiosk CSP and no caching', async () => {
    const response = await request('GET', '/');
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>kiosk</title>');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt'])('refuses to leave the bundle: %s', async (pathname) => {
    const response = await request('GET', pathname);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('secret');
  });

  it("answers host calls with the office's settings from its data folder", async () => {
    const response = await callHost('kiosk:get-setup', {});
    expect(JSON.parse(response.body)).toEqual({
      ok: true,
      value: { config: { ...DEFAULT_CONFIG, idleSeconds: 30 }, host: 'web', version: '9.9.9', setupNeeded: true, staffPin: 'unset' },
    });
  });

  it('refuses malformed calls with a message, and keeps serving', async () => {
    const page = { origin: `http://127.0.0.1:${host.port}`, cookie: session };
    const bad = await request('POST', '/api/session:end', { headers: { ...page, 'content-type': 'application/json' }, body: '{"reason":' });
    expect(JSON.parse(bad.body)).toEqual({ ok: false, error: { code: 'invalid-request', message: 'The request is not valid JSON.' } });
    const wrongType = await request('POST', '/api/session:end', { headers: { ...page, 'content-type': 'text/plain' }, body: '{}' });
    expect(JSON.parse(wrongType.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const unknown = await callHost('fs:read', { path: '/etc/passwd' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    const huge = await callHost('session:end', { reason: 'x'.repeat(100_000) });
    expect(JSON.parse(huge.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((await request('GET', '/')).status).toBe(200);
  });

  it("refuses calls from another site's page (Origin) and through a rebinding host name (Host)", async () => {
    expect((await callHost('kiosk:get-setup', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await callHost('kiosk:get-setup', {}, { host: 'evil.example' })).status).toBe(403);
    expect((await request('GET', '/', { headers: { host: `localhost:${host.port}` } })).status).toBe(403);
    expect((await callHost('kiosk:get-setup', {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('wipes the browser session on /session/restart (all but the launch cookie) and sends the page back to the start', async () => {
    const response = await request('GET', '/session/restart', { headers: { cookie: `seen=1; ${session}; language=ar` } });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/');
    expect(response.headers['clear-site-data']).toBe('"cache", "storage"');
    expect(response.headers['set-cookie']).toEqual(['seen=; Path=/; Max-Age=0', 'language=; Path=/; Max-Age=0']);
    expect(JSON.parse((await callHost('kiosk:get-setup', {})).body)).toMatchObject({ ok: true });
  });

  it('answers a malformed address with 400 and keeps serving', async () => {
    const page = { origin: `http://127.0.0.1:${host.port}`, cookie: session };
    expect((await request('POST', '/api/%E0', { headers: { ...page, 'content-type': 'application/json' }, body: '{}' })).status).toBe(400);
    expect((await request('GET', '//')).status).not.toBe(500);
    expect((await request('GET', '/')).status).toBe(200);
  });

  it('refuses other methods', async () => {
    expect((await request('DELETE', '/')).status).toBe(405);
  });

  it('says plainly when the UI is not built', async () => {
    await expect(
      startWebHost({ ...BUILT_APP, bundleRoot: '/nonexistent/bundle', dataDirectory, version: '0', log: createMemoryLogger() }),
    ).rejects.toThrow(/npm run build/);
  });
});

describe('WebHost, bound to the page the launcher opened', () => {
  const PIN = '246813';
  const forbidden = { ok: false, error: { code: 'forbidden', message: 'Only the kiosk page the launcher opened may call the host.' } };

  it('sets an HttpOnly, SameSite=Strict session cookie from a launch link, which works once only', async () => {
    const path = new URL(host.launchUrl()).pathname;
    expect(path).toMatch(/^\/launch\/[0-9a-f]{32}$/);
    const first = await request('GET', path);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    expect(first.headers['set-cookie']?.[0]).toMatch(/^hjelpepunkt-session=[0-9a-f]{64}; Path=\/; HttpOnly; SameSite=Strict$/);
    const again = await request('GET', path);
    expect(again.status).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();
    session = (first.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
  });

  it('refuses a launch code it never gave, and an earlier code once a newer one was made', async () => {
    expect((await request('GET', `/launch/${'0'.repeat(32)}`)).status).toBe(403);
    const older = new URL(host.launchUrl()).pathname;
    const newer = new URL(host.launchUrl()).pathname;
    expect((await request('GET', older)).status).toBe(403);
    expect((await request('GET', newer)).status).toBe(303);
    session = await launch();
  });

  it('refuses every other client, even while the real page has staff mode open', { timeout: 20_000 }, async () => {
    await new PinStore(dataDirectory).set(PIN);
    expect(JSON.parse((await callHost('staff:unlock', { pin: PIN })).body)).toEqual({ ok: true, value: { unlocked: true, retryAfterSeconds: 0 } });
    expect(JSON.parse((await callHost('config:read', {})).body)).toMatchObject({ ok: true });

    const origin = `http://127.0.0.1:${host.port}`;
    const strangers: Record<string, Record<string, string>> = {
      'no cookie': { cookie: '' },
      'a wrong cookie': { cookie: `hjelpepunkt-session=${'ab'.repeat(32)}` },
      'a cookie of another shape': { cookie: 'hjelpepunkt-session=1' },
      'the right cookie but no Origin': { origin: '' },
      'the right cookie from another origin': { origin: 'http://127.0.0.1:1' },
    };
    for (const [label, headers] of Object.entries(strangers)) {
      const sent = Object.fromEntries(Object.entries({ origin, cookie: session, ...headers }).filter(([, value]) => value !== ''));
      for (const [name, payload] of [['config:read', {}], ['staff:change-pin', { currentPin: PIN, pin: '97531864' }], ['kiosk:get-setup', {}]] as const) {
        const response = await request('POST', `/api/${name}`, { headers: { 'content-type': 'application/json', ...sent }, body: JSON.stringify(payload) });
        expect(response.status, `${name} with ${label}`).toBe(403);
        // Another site's Origin is refused before anything else, as plain text; the rest say why.
        if (label !== 'the right cookie from another origin') expect(JSON.parse(response.body), `${name} with ${label}`).toEqual(forbidden);
      }
    }
    expect(await new PinStore(dataDirectory).verify(PIN)).toBe(true);
    // A plain fetch from another program on the machine: no cookie, no Origin.
    const plain = await fetch(`http://127.0.0.1:${host.port}/api/config:read`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(plain.status).toBe(403);
    // The real page is still unlocked and answered.
    expect(JSON.parse((await callHost('config:read', {})).body)).toMatchObject({ ok: true });
  });

  it('shows a slip only to the page', async () => {
    const preview = JSON.parse((await callHost('slip:preview', { language: 'en', contactIds: ['rosa'], discreet: true, layout: '80mm' })).body);
    expect(preview).toMatchObject({ ok: true });
    const slip = `/${preview.value.path}`;
    expect((await request('GET', slip, { headers: { cookie: session } })).status).toBe(200);
    expect((await request('GET', slip)).status).toBe(403);
  });

  it('ends the old page\'s session and locks staff mode when a new launch link is used', { timeout: 20_000 }, async () => {
    await callHost('staff:unlock', { pin: PIN });
    const old = session;
    session = await launch();
    expect((await callHost('kiosk:get-setup', {}, { cookie: old })).status).toBe(403);
    expect(JSON.parse((await callHost('health:get', {})).body)).toEqual({ ok: false, error: { code: 'forbidden', message: 'Staff mode is locked.' } });
  });
});

describe('WebHost, when it stops', () => {
  it('lets a request in flight finish, refuses new connections, and stops promptly', async () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'webhost-close-'));
    const stopping = await startWebHost({ ...BUILT_APP, bundleRoot: path.join(path.dirname(dataDirectory), 'bundle'), dataDirectory: data, version: '1', log: createMemoryLogger(), useSystemPrintQueue: false });
    const launched = await fetch(stopping.launchUrl(), { redirect: 'manual' });
    const cookie = (launched.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    // A host call whose body is still arriving when the host is told to stop.
    const reply = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: stopping.port, method: 'POST', path: '/api/kiosk:get-setup', headers: { host: `127.0.0.1:${stopping.port}`, origin: `http://127.0.0.1:${stopping.port}`, cookie, 'content-type': 'application/json' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      req.on('error', reject);
      req.write('{');
      setTimeout(() => req.end('}'), 300);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    const closed = stopping.close();
    const answered = await reply;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body)).toMatchObject({ ok: true, value: { version: '1' } });
    await closed;
    expect(Date.now() - started, 'stopped without waiting for idle connections to time out').toBeLessThan(2_000);
    await expect(fetch(`http://127.0.0.1:${stopping.port}/`)).rejects.toThrow();
    fs.rmSync(data, { recursive: true, force: true });
  });
});

describe('WebHost, at the end of a visit, where the launcher has a browser to restart', () => {
  it('asks for a fresh browser after an idle reset, never after Quick exit or "finish"', async () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'webhost-fresh-'));
    let asked = 0;
    const kiosk = await startWebHost({ ...BUILT_APP, bundleRoot: path.join(path.dirname(dataDirectory), 'bundle'), dataDirectory: data, version: '1', log: createMemoryLogger(), useSystemPrintQueue: false, restartBrowser: () => (asked += 1) });
    try {
      const launched = await fetch(kiosk.launchUrl(), { redirect: 'manual' });
      const cookie = (launched.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const end = async (reason: string): Promise<unknown> => {
        const reply = await fetch(`${kiosk.url}api/session:end`, { method: 'POST', headers: { origin: kiosk.url.slice(0, -1), cookie, 'content-type': 'application/json' }, body: JSON.stringify({ reason }) });
        return reply.json();
      };
      for (const reason of ['quick-exit', 'finished']) expect(await end(reason)).toEqual({ ok: true, value: {} });
      expect(asked, 'fresh browsers after Quick exit and "finish"').toBe(0);
      expect(await end('idle')).toEqual({ ok: true, value: {} });
      expect(asked, 'fresh browsers after an idle reset').toBe(1);
    } finally {
      await kiosk.close();
      fs.rmSync(data, { recursive: true, force: true });
    }
  });
});

describe('recorded speech on the WebHost', () => {
  let recordingHost: RunningWebHost;
  let base: string;
  const get = (pathname: string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port: recordingHost.port, path: pathname, headers: { host: `127.0.0.1:${recordingHost.port}` } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });

  beforeAll(async () => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'webhost-audio-'));
    // The built-in pack carries the recording (and, beside it, a file no request may reach).
    const files = contentWith({ 'audio/so/welcome.choose.ogg': 'OggS recording', 'secret.txt': 'secret' });
    const content = builtInContent(base, [], files);
    fs.mkdirSync(path.join(base, 'data'));
    recordingHost = await startWebHost({ ...BUILT_APP, ...content, dataDirectory: path.join(base, 'data'), version: '1', log: createMemoryLogger(), useSystemPrintQueue: false });
  });
  afterAll(async () => {
    await recordingHost.close();
    fs.rmSync(base, { recursive: true, force: true });
  });

  it('serves the active content pack’s recordings with the kiosk headers', async () => {
    const response = await get('/__audio/so/welcome.choose.ogg');
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('OggS recording');
    expect(response.headers['content-type']).toBe('audio/ogg');
    expect(response.headers['content-security-policy']).toBe((await get('/')).headers['content-security-policy']);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it.each(['/__audio/so/../../secret.txt', '/__audio/so/%2e%2e%2f%2e%2e%2fsecret.txt', '/__audio/../secret.txt', '/__audio/so/..%2f..%2fsecret.txt', '/__audio/so/missing.ogg', '/__audio/xx/welcome.choose.ogg'])(
    'refuses %s',
    async (pathname) => {
      const response = await get(pathname);
      expect(response.status).toBe(404);
      expect(response.body.toString()).not.toContain('secret');
    },
  );
});
