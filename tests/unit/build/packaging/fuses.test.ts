import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, describe, expect, it } from 'vitest';
import { afterPack } from '../../../../build/packaging/after-pack';
import { packagedExecutable, readFuses, RELEASE_FUSES } from '../../../../build/packaging/fuses';
import { writeStandInBinary } from '../../../support/electron-stand-in';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hjelpepunkt-fuses-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** What electron-builder hands the hook for a Linux build (only the fields the hook reads). */
function linuxContext(appOutDir: string) {
  return {
    appOutDir,
    electronPlatformName: 'linux',
    packager: { executableName: 'hjelpepunkt', appInfo: { productFilename: 'Hjelpepunkt' } },
  } as never;
}

describe('the afterPack fuse step', () => {
  it('sets every release fuse in the packaged binary, as @electron/fuses reads them back', async () => {
    const appOutDir = fs.mkdtempSync(path.join(work, 'linux-unpacked-'));
    writeStandInBinary(path.join(appOutDir, 'hjelpepunkt'));
    await afterPack(linuxContext(appOutDir));

    const wire = (await getCurrentFuseWire(path.join(appOutDir, 'hjelpepunkt'))) as Record<number, number>;
    const on = 0x31;
    const off = 0x30;
    expect(wire[FuseV1Options.RunAsNode]).toBe(off);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(off);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(off);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(on);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(on);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(on);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(off);
    // Fuses the kiosk does not set keep Electron's defaults (V8 snapshot off, WebAssembly trap handlers on).
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(off);
    expect(wire[8]).toBe(on);
    expect(await readFuses(path.join(appOutDir, 'hjelpepunkt'))).toEqual(RELEASE_FUSES);
  });

  it('fails the build when the binary carries no fuse wire, rather than ship it unfused', async () => {
    const appOutDir = fs.mkdtempSync(path.join(work, 'no-wire-'));
    fs.writeFileSync(path.join(appOutDir, 'hjelpepunkt'), '#!/bin/sh\nexit 0\n');
    await expect(afterPack(linuxContext(appOutDir))).rejects.toThrow(/sentinel/);
  });
});

describe('packagedExecutable', () => {
  it('names the binary electron-builder made on each platform', () => {
    const context = { appOutDir: '/out', executableName: 'hjelpepunkt', productFilename: 'Hjelpepunkt' };
    expect(packagedExecutable({ ...context, electronPlatformName: 'linux' })).toBe(path.join('/out', 'hjelpepunkt'));
    expect(packagedExecutable({ ...context, electronPlatformName: 'win32' })).toBe(path.join('/out', 'Hjelpepunkt.exe'));
    expect(packagedExecutable({ ...context, electronPlatformName: 'darwin' })).toBe(path.join('/out', 'Hjelpepunkt.app'));
    expect(() => packagedExecutable({ ...context, electronPlatformName: 'aix' })).toThrow();
  });
});
