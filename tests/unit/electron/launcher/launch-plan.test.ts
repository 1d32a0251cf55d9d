import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chooseLaunch,
  chromiumKioskArgs,
  findChromium,
  findElectronBinary,
  hasDisplay,
  parseXScreenSize,
} from '../../../../electron/launcher/launch-plan';

describe('chooseLaunch', () => {
  it('prefers the Electron kiosk when its binary exists', () => {
    expect(chooseLaunch({ electronBinary: '/e/electron', chromium: '/usr/bin/chromium', hasDisplay: true })).toEqual({
      kind: 'electron',
      binary: '/e/electron',
    });
  });

  it("falls back to Chromium's kiosk mode when there is a Chromium and a display", () => {
    expect(chooseLaunch({ electronBinary: null, chromium: '/usr/bin/chromium', hasDisplay: true })).toEqual({
      kind: 'chromium-kiosk',
      chromium: '/usr/bin/chromium',
    });
  });

  it('only serves, and says why, without a display or without a Chromium', () => {
    expect(chooseLaunch({ electronBinary: null, chromium: '/usr/bin/chromium', hasDisplay: false })).toEqual({
      kind: 'serve-only',
      reason: 'no display was found',
    });
    expect(chooseLaunch({ electronBinary: null, chromium: null, hasDisplay: true })).toEqual({
      kind: 'serve-only',
      reason: 'no Chromium or Chrome was found',
    });
  });
});

describe('findElectronBinary', () => {
  const packageDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'electron-pkg-'));

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
    expect(args).toEqual(expect.arrayContaining(['--kiosk', '--kiosk-printing', '--user-data-dir=/tmp/profile', '--incognito', '--disable-background-networking']));
    expect(args.at(-1)).toBe('http://127.0.0.1:5000/');
    expect(args).not.toContain('--no-sandbox');
    expect(chromiumKioskArgs('http://x/', '/p', true)).toContain('--no-sandbox');
  });

  it('covers the whole screen when its size is known, so a session without a window manager is full screen too', () => {
    const args = chromiumKioskArgs('http://x/', '/p', false, { width: 1080, height: 1920 });
    expect(args).toEqual(expect.arrayContaining(['--kiosk', '--window-position=0,0', '--window-size=1080,1920']));
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
