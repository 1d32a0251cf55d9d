import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearLeftovers, launcherFolderPrefix, launcherOf, processExists } from '../../../../electron/launcher/leftovers';

const linux = process.platform === 'linux';
let temp = '';
const started: ChildProcess[] = [];

/** A process standing in for Chromium: its own process group, its profile named on its command line, as the launcher starts it. */
async function browserUsing(folder: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', `--user-data-dir=${path.join(folder, 'profile')}`], { detached: true, stdio: 'ignore' });
  started.push(child);
  // After 'spawn' the program has replaced the forked copy of this one: its command line is its own.
  await once(child, 'spawn');
  return child;
}
const running = (child: ChildProcess): boolean => child.exitCode === null && child.signalCode === null;
const exitOf = (child: ChildProcess): Promise<void> => (running(child) ? new Promise((resolve) => child.once('exit', () => resolve())) : Promise.resolve());

beforeEach(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'hp-leftovers-'));
});
afterEach(() => {
  for (const child of started.splice(0)) if (running(child)) child.kill('SIGKILL');
  fs.rmSync(temp, { recursive: true, force: true });
});

describe('profile folders name their launcher', () => {
  it('reads back the process id a folder was made with, and nothing from other names', () => {
    for (const kind of ['chromium', 'policies'] as const) expect(launcherOf(path.basename(fs.mkdtempSync(launcherFolderPrefix(temp, kind, 4321))))).toBe(4321);
    // Made by an older version (no id), or by something else entirely.
    expect(launcherOf('hjelpepunkt-chromium-Ab12Cd')).toBeNull();
    expect(launcherOf('hjelpepunkt-soak-1234-Ab12Cd')).toBeNull();
  });

  it('tells a running process from one that has ended', async () => {
    expect(processExists(process.pid)).toBe(true);
    const child = spawn(process.execPath, ['-e', '']);
    await exitOf(child);
    expect(processExists(child.pid as number)).toBe(false);
  });
});

describe.skipIf(!linux)('clearLeftovers (reads /proc: Linux)', () => {
  const GONE = 999_999_999;
  const LIVE = 999_999_998;
  const exists = (pid: number): boolean => pid !== GONE;

  it("ends a killed launcher's browser, still open, and removes its profile and policies", async () => {
    const policies = fs.mkdtempSync(launcherFolderPrefix(temp, 'policies', GONE));
    const folder = fs.mkdtempSync(launcherFolderPrefix(temp, 'chromium', GONE));
    fs.mkdirSync(path.join(folder, 'profile'));
    fs.writeFileSync(path.join(folder, 'profile', 'History'), 'a visit');
    const browser = await browserUsing(folder);
    const outcome = await clearLeftovers(temp, { exists });
    await exitOf(browser);
    expect(browser.signalCode).toBe('SIGKILL');
    expect([folder, policies].map((gone) => fs.existsSync(gone))).toEqual([false, false]);
    expect(outcome).toEqual({ folders: 2, browsersEnded: 1, failed: [] });
  });

  it("leaves a running launcher's profile and browser alone, and folders it cannot attribute", async () => {
    const live = fs.mkdtempSync(launcherFolderPrefix(temp, 'chromium', LIVE));
    const livePolicies = fs.mkdtempSync(launcherFolderPrefix(temp, 'policies', LIVE));
    const ours = fs.mkdtempSync(launcherFolderPrefix(temp, 'chromium', process.pid));
    const older = fs.mkdtempSync(path.join(temp, 'hjelpepunkt-chromium-'));
    const browser = await browserUsing(live);
    const outcome = await clearLeftovers(temp, { exists });
    expect(running(browser)).toBe(true);
    expect([live, livePolicies, ours, older].map((folder) => fs.existsSync(folder))).toEqual([true, true, true, true]);
    expect(outcome).toEqual({ folders: 0, browsersEnded: 0, failed: [] });
  });

  it('removes a profile whose browser has gone too, and ends no other process', async () => {
    const folder = fs.mkdtempSync(launcherFolderPrefix(temp, 'chromium', GONE));
    const bystander = await browserUsing(path.join(temp, 'elsewhere'));
    expect(await clearLeftovers(temp, { exists })).toEqual({ folders: 1, browsersEnded: 0, failed: [] });
    expect(fs.existsSync(folder)).toBe(false);
    expect(running(bystander)).toBe(true);
  });
});
