import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempFolder } from '../../helpers/temp-folder';

vi.mock('electron', () => import('../../../mocks/electron'));

const { FakeSession, protocol } = await import('../../../mocks/electron');
const { registerAppScheme, setupAppProtocol } = await import('../../../../electron/main/app-protocol');
const { CONTENT, slipService } = await import('../../helpers/real-content');
const { Recordings } = await import('../../../../electron/services/recordings');

const base = tempFolder('app-protocol-');
fs.mkdirSync(path.join(base, 'renderer'));
fs.writeFileSync(path.join(base, 'renderer', 'index.html'), '<title>kiosk</title>');
fs.writeFileSync(path.join(base, 'secret.txt'), 'secret');
const session = new FakeSession();
const slips = slipService();
setupAppProtocol(session as never, path.join(base, 'renderer'), slips);
const serve = session.protocolHandlers.get('app') as (request: Request) => Promise<Response>;

describe('app:// protocol', () => {
  it('registers app:// as a secure standard scheme', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the bundle with the kiosk CSP', async () => {
    const response = await serve(new Request('app://kiosk/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<title>kiosk</title>');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it.each(['app://kiosk/../secret.txt', 'app://kiosk/%2e%2e/secret.txt', 'app://kiosk/..%5csecret.txt', 'app://other/index.html'])(
    'refuses %s',
    async (url) => {
      const response = await serve(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
    },
  );
});

describe('slips on app://', () => {
  it('serves a slip this session made, with the script-less slip CSP, and nothing else under __slip/', async () => {
    const { path: slipPath } = await slips.create({ language: 'en', contactIds: ['rosa'], localContactIds: [], discreet: true, layout: '80mm' });
    const response = await serve(new Request(`app://kiosk/${slipPath}`));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('22 33 11 60');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('content-security-policy')).not.toContain('script-src');
    expect((await serve(new Request(`app://kiosk/__slip/${'0'.repeat(32)}`))).status).toBe(404);
    expect((await serve(new Request('app://kiosk/__slip/../index.html'))).status).toBe(200);
  });
});

describe('recorded speech on app://', () => {
  const withRecordings = new FakeSession();
  const content = { ...CONTENT, files: new Map([...CONTENT.files, ['audio/so/welcome.choose.ogg', Buffer.from('OggS recording')] as const]) };
  setupAppProtocol(withRecordings as never, path.join(base, 'renderer'), slips, new Recordings(() => content));
  const serveAudio = withRecordings.protocolHandlers.get('app') as (request: Request) => Promise<Response>;

  it('serves a recording from the active content with the same headers as the bundle', async () => {
    const response = await serveAudio(new Request('app://kiosk/__audio/so/welcome.choose.ogg'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('OggS recording');
    expect(response.headers.get('content-type')).toBe('audio/ogg');
    const page = await serveAudio(new Request('app://kiosk/index.html'));
    for (const header of ['content-security-policy', 'x-content-type-options', 'cache-control']) expect(response.headers.get(header)).toBe(page.headers.get(header));
  });

  it.each(['app://kiosk/__audio/so/../../secret.txt', 'app://kiosk/__audio/so/%2e%2e%2f%2e%2e%2fsecret.txt', 'app://kiosk/__audio/xx/welcome.choose.ogg', 'app://other/__audio/so/welcome.choose.ogg'])(
    'refuses %s',
    async (url) => {
      const response = await serveAudio(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
    },
  );

  it('serves none where the host has no recordings', async () => {
    expect((await serve(new Request('app://kiosk/__audio/so/welcome.choose.ogg'))).status).toBe(404);
  });
});
