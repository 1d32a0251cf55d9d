import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setReleaseFuses } from '../../../../build/packaging/fuses';
import { fuseVerdict, lockdownReport, printRetention, readFuseWire, runningUnderKioskService } from '../../../../electron/services/lockdown-report';
import { fuseWireBytes, writeStandInBinary } from '../../../support/electron-stand-in';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hjelpepunkt-lockdown-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer): string => {
  const target = path.join(work, name);
  fs.writeFileSync(target, content);
  return target;
};

describe('readFuseWire and fuseVerdict', () => {
  it('reads a stock Electron as not the release build, and the same binary after the release step as release', async () => {
    const binary = path.join(work, 'electron');
    writeStandInBinary(binary);
    expect(fuseVerdict(await readFuseWire(binary))).toBe('not-release');
    await setReleaseFuses(binary);
    expect(await readFuseWire(binary)).toMatchObject({ RunAsNode: false, EnableNodeCliInspectArguments: false, OnlyLoadAppFromAsar: true });
    expect(fuseVerdict(await readFuseWire(binary))).toBe('release');
  });

  it('finds a wire that straddles the 1 MiB read chunks', async () => {
    const wire = fuseWireBytes();
    const binary = file('split', Buffer.concat([Buffer.alloc((1 << 20) - 10, 0x2e), wire, Buffer.alloc(100, 0x2e)]));
    expect(await readFuseWire(binary)).toMatchObject({ RunAsNode: true, EnableCookieEncryption: false });
  });

  it('is unknown for a file without a wire, or no file at all', async () => {
    expect(fuseVerdict(await readFuseWire(file('plain', 'no fuses here')))).toBe('unknown');
    expect(await readFuseWire(path.join(work, 'missing'))).toBeNull();
  });
});

describe('printRetention', () => {
  it('keeps nothing only when both job history and job files are off', () => {
    expect(printRetention('LogLevel warn\nPreserveJobHistory No\nPreserveJobFiles No\n')).toBe('keeps-nothing');
    expect(printRetention('PreserveJobHistory Off\n  PreserveJobFiles 0\n')).toBe('keeps-nothing');
    expect(printRetention('PreserveJobHistory No\n')).toBe('keeps-jobs');
    expect(printRetention('PreserveJobHistory Yes\nPreserveJobFiles No\n')).toBe('keeps-jobs');
    expect(printRetention('PreserveJobHistory 86400\nPreserveJobFiles No\n')).toBe('keeps-jobs');
    // The last of a repeated directive wins, as in cupsd.
    expect(printRetention('PreserveJobHistory No\nPreserveJobFiles No\nPreserveJobHistory Yes\n')).toBe('keeps-jobs');
    // CUPS's defaults keep both.
    expect(printRetention('')).toBe('keeps-jobs');
    expect(printRetention(null)).toBe('unknown');
  });
});

describe('lockdownReport', () => {
  const cupsdConf = file('cupsd.conf', 'PreserveJobHistory No\nPreserveJobFiles No\n');

  it('for the Electron release under the kit: nothing it knows it cannot block', async () => {
    const binary = path.join(work, 'released');
    writeStandInBinary(binary);
    await setReleaseFuses(binary);
    const report = await lockdownReport({
      host: 'electron', packaged: true, developerMode: false, env: { HJELPEPUNKT_KIOSK_SERVICE: '1' }, electronBinary: binary, browserPolicies: 'not-applicable', cupsdConf,
    });
    expect(report).toEqual({
      host: 'electron', packaged: true, fuses: 'release', developerMode: false, kioskService: true, browserPolicies: 'not-applicable', printRetention: 'keeps-nothing', cannotBlock: [],
    });
  });

  it('for an unfused Electron from a checkout, outside the kit: OS shortcuts and debugging stay open', async () => {
    const binary = path.join(work, 'stock');
    writeStandInBinary(binary);
    const report = await lockdownReport({ host: 'electron', packaged: false, developerMode: true, env: {}, electronBinary: binary, browserPolicies: 'not-applicable', cupsdConf: path.join(work, 'none') });
    expect(report).toMatchObject({ fuses: 'not-release', kioskService: false, printRetention: 'unknown' });
    expect(report.cannotBlock).toEqual(['os-shortcuts', 'debugging', 'developer-mode']);
  });

  it('for the Chromium fallback: says the window can be closed, and what a browser without policies lets through', async () => {
    const withPolicies = await lockdownReport({ host: 'chromium-fallback', packaged: false, developerMode: false, env: {}, browserPolicies: 'in-force', cupsdConf });
    expect(withPolicies).toMatchObject({ fuses: 'not-applicable', cannotBlock: ['os-shortcuts', 'close-window'] });
    const without = await lockdownReport({ host: 'chromium-fallback', packaged: false, developerMode: false, env: {}, browserPolicies: 'not-in-force', cupsdConf });
    expect(without.cannotBlock).toEqual(['os-shortcuts', 'close-window', 'devtools', 'file-dialogs', 'other-pages', 'downloads']);
  });
});

describe('runningUnderKioskService', () => {
  it('is told by the variable the kit sets, not by any systemd service', () => {
    expect(runningUnderKioskService({ HJELPEPUNKT_KIOSK_SERVICE: '1' })).toBe(true);
    expect(runningUnderKioskService({ INVOCATION_ID: 'abc' })).toBe(false);
    expect(runningUnderKioskService({})).toBe(false);
  });
});
