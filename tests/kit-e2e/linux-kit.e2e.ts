/**
 * The Linux kiosk kit as systemd and the shell see it: the unit passes `systemd-analyze verify`
 * (which catches a broken unit, as the control shows), keeps the settings the kiosk's safety
 * depends on, and the scripts parse.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT } from '../../electron/services/project-paths';

const KIT = path.join(PROJECT_ROOT, 'build', 'deploy', 'linux');
const UNIT = path.join(KIT, 'hjelpepunkt-kiosk.service');
const hasAnalyze = spawnSync('sh', ['-c', 'command -v systemd-analyze']).status === 0;
const hasCage = fs.existsSync('/usr/bin/cage');

/** `systemd-analyze verify` on a unit file: what it said about that file. */
function verify(unit: string): { status: number | null; complaints: string[] } {
  const result = spawnSync('systemd-analyze', ['verify', '--man=no', unit], { encoding: 'utf8', timeout: 60_000 });
  const name = path.basename(unit);
  return { status: result.status, complaints: `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => line.includes(name)) };
}

/** `Key=value` lines of one [Section] of a unit or .conf file. */
function directives(file: string, section: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  let current = '';
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const header = /^\[(.+)\]$/.exec(line.trim());
    if (header) current = header[1] ?? '';
    const setting = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (setting && current === section) found.set(setting[1] ?? '', [...(found.get(setting[1] ?? '') ?? []), setting[2] ?? '']);
  }
  return found;
}

test('systemd-analyze verify accepts the kiosk unit, and rejects a broken copy of it', () => {
  test.skip(!hasAnalyze, 'systemd-analyze is not installed (apt-get install systemd); .ci/run installs it.');
  test.skip(!hasCage, 'verify checks that ExecStart exists: apt-get install cage; .ci/run installs it.');
  expect(verify(UNIT)).toEqual({ status: 0, complaints: [] });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hp-unit-'));
  try {
    const broken = path.join(work, 'hjelpepunkt-kiosk.service');
    fs.writeFileSync(broken, fs.readFileSync(UNIT, 'utf8').replace('Restart=always', 'Restart=sometimes').replace('/usr/bin/cage', '/usr/bin/no-such-cage'));
    expect(verify(broken).complaints.length).toBeGreaterThan(0);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});

test('the unit restarts the kiosk for ever, as a no-login user on tty1, read-only but for its data', () => {
  const unit = directives(UNIT, 'Unit');
  const service = directives(UNIT, 'Service');
  expect(unit.get('StartLimitIntervalSec')).toEqual(['0']);
  expect(unit.get('Conflicts')).toEqual(['getty@tty1.service']);
  expect(service.get('Restart')).toEqual(['always']);
  expect(Number(service.get('RestartSec')?.[0])).toBeGreaterThan(0);
  expect(service.get('User')).toEqual(['hjelpepunkt']);
  expect(service.get('PAMName')).toEqual(['login']);
  expect(service.get('TTYPath')).toEqual(['/dev/tty1']);
  expect(service.get('ProtectSystem')).toEqual(['strict']);
  expect(service.get('ReadWritePaths')).toEqual(['/var/lib/hjelpepunkt']);
  expect(service.get('Environment')).toEqual(expect.arrayContaining(['HJELPEPUNKT_KIOSK_SERVICE=1', 'HJELPEPUNKT_DATA_DIR=/var/lib/hjelpepunkt']));
  const execStart = service.get('ExecStart')?.[0] ?? '';
  expect(execStart).toMatch(/^\/usr\/bin\/cage .*-- \/opt\/Hjelpepunkt\/hjelpepunkt/);
  // -s would allow switching to another virtual terminal (Ctrl+Alt+F1…).
  expect(execStart.split(' -- ')[0]?.split(/\s+/)).not.toContain('-s');
});

test('logind gives no other login prompt and ignores the power key', () => {
  const login = directives(path.join(KIT, 'logind-kiosk.conf'), 'Login');
  expect(login.get('NAutoVTs')).toEqual(['0']);
  expect(login.get('ReserveVT')).toEqual(['0']);
  expect(login.get('HandlePowerKey')).toEqual(['ignore']);
});

test('the scripts parse, and the kiosk user gets no login shell', () => {
  for (const script of ['install-kiosk.sh', 'add-slip-printer.sh', 'cups-keep-nothing.sh']) {
    const shell = script === 'install-kiosk.sh' ? 'bash' : 'sh';
    const result = spawnSync(shell, ['-n', path.join(KIT, script)], { encoding: 'utf8' });
    expect(result.status, `${script}: ${result.stderr}`).toBe(0);
  }
  // A USB printer without its driver file: CUPS's driverless mode needs IPP, so the script says what to give it.
  const usbWithoutDriver = spawnSync('sh', [path.join(KIT, 'add-slip-printer.sh'), 'usb://EPSON/TM-T20III'], { encoding: 'utf8' });
  expect(usbWithoutDriver.status).toBe(2);
  expect(usbWithoutDriver.stderr).toContain("Without the maker's driver file (PPD)");
  const install = fs.readFileSync(path.join(KIT, 'install-kiosk.sh'), 'utf8');
  expect(install).toMatch(/useradd --system .*--shell \/usr\/sbin\/nologin/);
  expect(install).toContain('cups-keep-nothing.sh');
  expect(install).toContain('systemctl enable hjelpepunkt-kiosk.service');
});
