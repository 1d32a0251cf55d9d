import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../electron/services/log';
import { DEFAULT_CONFIG } from '../../../../electron/shared/kiosk-config';
import { BUILT_APP } from '../../../../electron/services/project-paths';
import { startWebHost, type RunningWebHost } from '../../../../electron/web-host/server';

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

const callHost = (name: string, payload: unknown, headers: Record<string, string> = {}) =>
  request('POST', `/api/${name}`, { headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });

beforeAll(async () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'webhost-'));
  const bundle = path.join(base, 'bundle');
  dataDirectory = path.join(base, 'data');
  fs.mkdirSync(bundle);
  fs.writeFileSync(path.join(bundle, 'index.html'), '<!doctype html><title>kiosk</title>');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'secret');
  fs.mkdirSync(dataDirectory);
  fs.writeFileSync(path.join(dataDirectory, 'config.json'), JSON.stringify({ idleSeconds: 30 }));
  host = await startWebHost({ ...BUILT_APP, bundleRoot: bundle, dataDirectory, version: '9.9.9', log: createMemoryLogger() });
});
afterAll(() => host.close());

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
    const bad = await request('POST', '/api/session:end', { headers: { 'content-type': 'application/json' }, body: '{"reason":' });
    expect(JSON.parse(bad.body)).toEqual({ ok: false, error: { code: 'invalid-request', message: 'The request is not valid JSON.' } });
    const wrongType = await request('POST', '/api/session:end', { headers: { 'content-type': 'text/plain' }, body: '{}' });
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

  it('wipes the browser session on /session/restart and sends the page back to the start', async () => {
    const response = await request('GET', '/session/restart');
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/');
    expect(response.headers['clear-site-data']).toBe('"cache", "cookies", "storage"');
  });

  it('answers a malformed address with 400 and keeps serving', async () => {
    expect((await request('POST', '/api/%E0', { headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(400);
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

describe('recorded speech on the WebHost', () => {
  let recordingHost: RunningWebHost;
  let locales: string;
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
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'webhost-audio-'));
    locales = path.join(base, 'locales');
    fs.cpSync(BUILT_APP.localesDirectory, locales, { recursive: true });
    fs.mkdirSync(path.join(locales, 'audio', 'so'), { recursive: true });
    fs.writeFileSync(path.join(locales, 'audio', 'so', 'welcome.choose.ogg'), 'OggS recording');
    fs.writeFileSync(path.join(locales, 'secret.txt'), 'secret');
    fs.mkdirSync(path.join(base, 'data'));
    recordingHost = await startWebHost({ ...BUILT_APP, localesDirectory: locales, dataDirectory: path.join(base, 'data'), version: '1', log: createMemoryLogger(), useCups: false });
  });
  afterAll(() => recordingHost.close());

  it('tells the page which recordings a language has, and serves them from the content folder with the kiosk headers', async () => {
    const reply = await fetch(`${recordingHost.url}api/audio:recordings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ language: 'so' }) });
    expect(await reply.json()).toEqual({ ok: true, value: { keys: ['welcome.choose'] } });
    const response = await get('/__audio/so/welcome.choose.ogg');
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('OggS recording');
    expect(response.headers['content-type']).toBe('audio/ogg');
    expect(response.headers['content-security-policy']).toBe((await get('/')).headers['content-security-policy']);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it.each(['/__audio/so/../../secret.txt', '/__audio/so/%2e%2e%2f%2e%2e%2fsecret.txt', '/__audio/../locales/secret.txt', '/__audio/so/missing.ogg', '/__audio/xx/welcome.choose.ogg'])(
    'refuses %s',
    async (pathname) => {
      const response = await get(pathname);
      expect(response.status).toBe(404);
      expect(response.body.toString()).not.toContain('secret');
    },
  );
});
