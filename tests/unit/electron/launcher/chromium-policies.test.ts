import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { choosePolicyDelivery, inPolicyNamespace, kioskPolicies, policyRootFor, writePolicyRoot } from '../../../../electron/launcher/chromium-policies';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hjelpepunkt-policies-test-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('kioskPolicies', () => {
  it('closes the ways out of a browser kiosk and allows only the kiosk itself', () => {
    const policies = kioskPolicies('http://127.0.0.1:4173');
    expect(policies).toMatchObject({
      DeveloperToolsAvailability: 2,
      URLBlocklist: ['*'],
      URLAllowlist: ['http://127.0.0.1:4173'],
      HomepageLocation: 'http://127.0.0.1:4173/',
      NewTabPageLocation: 'http://127.0.0.1:4173/',
      DownloadRestrictions: 3,
      AllowFileSelectionDialogs: false,
      TranslateEnabled: false,
      PrintingEnabled: true,
      PasswordManagerEnabled: false,
      AutofillAddressEnabled: false,
      AutofillCreditCardEnabled: false,
      BrowserSignin: 0,
      DefaultNotificationsSetting: 2,
      DefaultGeolocationSetting: 2,
      AudioCaptureAllowed: false,
      VideoCaptureAllowed: false,
      IncognitoModeAvailability: 1,
      EditBookmarksEnabled: false,
      DefaultPopupsSetting: 2,
    });
  });
});

describe('choosePolicyDelivery', () => {
  const facts = { platform: 'linux', isRoot: true, unshare: '/usr/bin/unshare', mountNamespaceWorks: true, policyRootExists: true, chromium: '/usr/bin/chromium' };

  it('uses a private mount namespace as root on Linux, so /etc and other browsers are untouched', () => {
    expect(choosePolicyDelivery(facts)).toEqual({ kind: 'mount-namespace', policyRoot: '/etc/chromium' });
    expect(choosePolicyDelivery({ ...facts, chromium: '/usr/bin/google-chrome' })).toEqual({ kind: 'mount-namespace', policyRoot: '/etc/opt/chrome' });
  });

  it('says plainly why no policies are in force otherwise', () => {
    expect(choosePolicyDelivery({ ...facts, isRoot: false })).toMatchObject({ kind: 'none', reason: expect.stringContaining('root') });
    expect(choosePolicyDelivery({ ...facts, unshare: null })).toMatchObject({ kind: 'none', reason: expect.stringContaining('unshare') });
    expect(choosePolicyDelivery({ ...facts, mountNamespaceWorks: false })).toMatchObject({ kind: 'none', reason: expect.stringContaining('mount namespace') });
    expect(choosePolicyDelivery({ ...facts, policyRootExists: false })).toMatchObject({ kind: 'none', reason: expect.stringContaining('/etc/chromium') });
    expect(choosePolicyDelivery({ ...facts, platform: 'win32' })).toMatchObject({ kind: 'none' });
  });

  it('knows where each browser reads its policies', () => {
    expect(policyRootFor('/usr/bin/chromium')).toBe('/etc/chromium');
    expect(policyRootFor('/snap/bin/chromium')).toBe('/etc/chromium');
    expect(policyRootFor('/usr/bin/google-chrome-stable')).toBe('/etc/opt/chrome');
  });
});

describe('writePolicyRoot', () => {
  it("copies what the system folder holds but its policies, and adds the kiosk's", () => {
    const system = path.join(work, 'etc-chromium');
    fs.mkdirSync(path.join(system, 'policies', 'managed'), { recursive: true });
    fs.writeFileSync(path.join(system, 'master_preferences'), '{}');
    fs.writeFileSync(path.join(system, 'policies', 'managed', 'other.json'), '{"DeveloperToolsAvailability": 0}');
    const folder = path.join(work, 'private');
    writePolicyRoot(folder, system, { TranslateEnabled: false });
    expect(fs.readFileSync(path.join(folder, 'master_preferences'), 'utf8')).toBe('{}');
    expect(fs.readdirSync(path.join(folder, 'policies', 'managed'))).toEqual(['hjelpepunkt.json']);
    expect(JSON.parse(fs.readFileSync(path.join(folder, 'policies', 'managed', 'hjelpepunkt.json'), 'utf8'))).toEqual({ TranslateEnabled: false });
  });
});

describe('inPolicyNamespace', () => {
  it('binds the folder over the policy root inside its own mount namespace, then runs Chromium', () => {
    const launch = inPolicyNamespace('/usr/bin/unshare', '/tmp/p', '/etc/chromium', '/usr/bin/chromium', ['--kiosk', 'http://127.0.0.1:1/']);
    expect(launch.command).toBe('/usr/bin/unshare');
    expect(launch.args.slice(0, 4)).toEqual(['--mount', '--propagation', 'private', '--']);
    expect(launch.args.slice(-5)).toEqual(['/tmp/p', '/etc/chromium', '/usr/bin/chromium', '--kiosk', 'http://127.0.0.1:1/']);
  });
});
