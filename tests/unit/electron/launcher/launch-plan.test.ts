import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chooseLaunch,
  chromiumFallbackAllowed,
  chromiumKioskArgs,
  fallbackNotice,
  findChromium,
  findElectronBinary,
  hasDisplay,
  parseXScreenSize,
  serveOnlyNotice,
} from '../../../../electron/launcher/launch-plan';
import { tempFolder } from '../../helpers/temp-folder';

describe('chooseLaunch', () => {
  it('prefers the Electron kiosk when its binary exists', () => {
    expect(chooseLaunch({ electronBinary: '/e/electron', chromium: '/usr/bin/chromium', hasDisplay: true, fallbackAllowed: true })).toEqual({
      kind: 'electron',
      binary: '/e/electron',
    });
    // No window can open without a display, Electron's neither: the served UI and its link instead.
    expect(chooseLaunch({ electronBinary: '/e/electron', chromium: '/usr/bin/chromium', hasDisplay: false, fallbackAllowed: true })).toEqual({
      kind: 'serve-only',
      reason: 'no display was found',
    });
  });

  it("falls back to Chromium's kiosk mode only when asked for, with a Chromium and a display", () => {
    expect(chooseLaunch({ electronBinary: null, chromium: '/usr/bin/chromium', hasDisplay: true, fallbackAllowed: true })).toEqual({
      kind: 'chromium-kiosk',
      chromium: '/usr/bin/chromium',
    });
    expect(chooseLaunch({ electronBinary: null, chromium: '/usr/bin/chromium', hasDisplay: true, fallbackAllowed: false })).toEqual({
      kind: 'serve-only',
      reason: 'Electron is not installed, and the Chromium fallback was not asked for',
    });
  });

  it('only serves, and says why, without a display or without a Chromium', () => {
    expect(chooseLaunch({ electronBinary: null, chromium: '/usr/bin/chromium', hasDisplay: false, fallbackAllowed: true })).toEqual({
      kind: 'serve-only',
      reason: 'no display was found',
    });
    expect(chooseLaunch({ electronBinary: null, chromium: null, hasDisplay: true, fallbackAllowed: true })).toEqual({
      kind: 'serve-only',
      reason: 'no Chromium or Chrome was found',
    });
  });
});

describe('chromiumFallbackAllowed', () => {
  it('is asked for with --allow-chromium-fallback or HJELPEPUNKT_ALLOW_CHROMIUM_FALLBACK=1, and only so', () => {
    expect(chromiumFallbackAllowed(['node', 'start.ts'], {})).toBe(false);
    expect(chromiumFallbackAllowed(['node', 'start.ts', '--allow-chromium-fallback'], {})).toBe(true);
    expect(chromiumFallbackAllowed(['node', 'start.ts', '--use-chromium'], {})).toBe(true);
    expect(chromiumFallbackAllowed([], { HJELPEPUNKT_ALLOW_CHROMIUM_FALLBACK: '1' })).toBe(true);
    expect(chromiumFallbackAllowed([], { HJELPEPUNKT_ALLOW_CHROMIUM_FALLBACK: 'true' })).toBe(false);
  });
});

describe('what npm start says', () => {
  it('names the fallback host, whether policies are in force, and what it cannot block', () => {
    const inForce = fallbackNotice({ url: 'http://127.0.0.1:4173/', policies: 'in-force', kioskService: false }).join('\n');
    expect(inForce).toContain("Chromium's kiosk mode (the Chromium fallback");
    expect(inForce).toContain('policies are in force');
    expect(inForce).toMatch(/cannot block OS shortcuts: Alt\+Tab, Ctrl\+Alt\+F1/);
    expect(inForce).toContain('Alt+F4');
    const notInForce = fallbackNotice({ url: 'http://127.0.0.1:4173/', policies: { notInForce: 'needs root' }, kioskService: true }).join('\n');
    expect(notInForce).toContain('policies are NOT in force (needs root)');
    expect(notInForce).not.toContain('OS shortcuts');
  });

  it('says what to do when it only serves the UI', () => {
    const lines = serveOnlyNotice('http://127.0.0.1:4173/', 'Electron is not installed, and the Chromium fallback was not asked for').join('\n');
    expect(lines).toContain('http://127.0.0.1:4173/');
    expect(lines).toContain('npm start -- --allow-chromium-fallback');
    expect(lines).toContain('Electron');
    expect(serveOnlyNotice('http://x/', 'no Chromium or Chrome was found').join('\n')).not.toContain('--allow-chromium-fallback');
    expect(serveOnlyNotice('http://x/', 'no display was found').join('\n')).toContain('graphical session');
  });
});

describe('findElectronBinary', () => {
  const packageDir = () => tempFolder('electron-pkg-');

  it('is null when the binary was never downloaded (no path.txt)', () => {
    expect(findElectronBinary(packageDir())).toBeNull();
  });

  it('is null when path.txt names a binary that is not there', () => {
    const dir = packageDir();
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    expect(findElectronBinary(dir)).toBeNull();
  });

  it('finds a downloaded binary', () => {
    const dir = packageDir();
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
    expect(findElectronBinary(dir)).toBe(path.join(dir, 'dist', 'electron'));
  });
});

describe('findChromium and hasDisplay', () => {
  it('uses CHROMIUM_PATH when set, otherwise the usual places', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/c' }, 'linux', (p) => p === '/opt/c')).toBe('/opt/c');
    expect(findChromium({}, 'linux', (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
    expect(findChromium({}, 'linux', () => false)).toBeNull();
  });

  it('needs DISPLAY or WAYLAND_DISPLAY on Linux', () => {
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });
});

describe('chromiumKioskArgs', () => {
  it('opens the URL full screen, prints silently, keeps nothing and makes no background traffic', () => {
    const args = chromiumKioskArgs('http://127.0.0.1:5000/', '/tmp/profile', false);
    expect(args).toEqual(expect.arrayContaining(['--kiosk', '--kiosk-printing', '--user-data-dir=/tmp/profile', '--disable-background-networking']));
    expect(args.at(-1)).toBe('http://127.0.0.1:5000/');
    expect(args).not.toContain('--no-sandbox');
    expect(chromiumKioskArgs('http://x/', '/p', true)).toContain('--no-sandbox');
  });

  it('turns translation and other prompts off, and opens a debugging port only when given one', () => {
    const args = chromiumKioskArgs('http://x/', '/p', false);
    expect(args).toEqual(expect.arrayContaining(['--disable-translate', '--deny-permission-prompts', '--disable-notifications']));
    expect(args.find((arg) => arg.startsWith('--disable-features='))).toContain('Translate');
    expect(args.some((arg) => arg.startsWith('--remote-debugging'))).toBe(false);
    expect(chromiumKioskArgs('http://x/', '/p', false, null, 9333)).toContain('--remote-debugging-port=9333');
  });

  it('covers the whole screen when its size is known, so a session without a window manager is full screen too', () => {
    const args = chromiumKioskArgs('http://x/', '/p', false, { width: 1080, height: 1920 });
    expect(args).toEqual(expect.arrayContaining(['--kiosk', '--window-position=0,0', '--window-size=1081,1921']));
    expect(chromiumKioskArgs('http://x/', '/p', false).some((arg) => arg.startsWith('--window-size'))).toBe(false);
  });
});

describe('parseXScreenSize', () => {
  it("reads the root window's size from xwininfo, and nothing from anything else", () => {
    const output = `
xwininfo: Window id: 0x50d (the root window) (has no name)

  Absolute upper-left X:  0
  Absolute upper-left Y:  0
  Width: 1080
  Height: 1920
  Depth: 24
`;
    expect(parseXScreenSize(output)).toEqual({ width: 1080, height: 1920 });
    expect(parseXScreenSize('xwininfo: error: unable to open display')).toBeNull();
    expect(parseXScreenSize('  Width: 0\n  Height: 1920')).toBeNull();
  });
});
