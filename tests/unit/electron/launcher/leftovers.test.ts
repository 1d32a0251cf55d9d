import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearLeftovers, launcherFolderPrefix, launcherOf } from '../../../../electron/launcher/leftovers';

let temp = '';
const started: ChildProcess[] = [];

/** A process that runs until killed, with these arguments, in a process group of its own (as the launcher starts Chromium). */
async function running(...args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', '--', ...args], { detached: true, stdio: 'ignore' });
  started.push(child);
  // After 'spawn' the program has replaced the forked copy of this one: its command line is its own.
  await once(child, 'spawn');
  return child;
}
/** Stands in for Chromium: its profile named on its command line. */
const browserUsing = (folder: string): Promise<ChildProcess> => running(`--user-data-dir=${path.join(folder, 'profile')}`);
/** Stands in for a running launcher (npm start runs electron/launcher/start.ts). */
const launcher = (): Promise<ChildProcess> => running(path.join('electron', 'launcher', 'start.ts'));
const alive = (child: ChildProcess): boolean => child.exitCode === null && child.signalCode === null;
const exitOf = (child: ChildProcess): Promise<void> => (alive(child) ? new Promise((resolve) => child.once('exit', () => resolve())) : Promise.resolve());
const folderOf = (kind: 'chromium' | 'policies', pid: number): string => fs.mkdtempSync(launcherFolderPrefix(temp, kind, pid));

beforeEach(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'hp-leftovers-'));
});
afterEach(() => {
  for (const child of started.splice(0)) if (alive(child)) child.kill('SIGKILL');
  fs.rmSync(temp, { recursive: true, force: true });
});

describe('folders name their launcher', () => {
  it('reads back the process id a folder was made with, and nothing from other names', () => {
    for (const kind of ['chromium', 'policies'] as const) expect(launcherOf(path.basename(folderOf(kind, 4321)))).toBe(4321);
    // Made by an older version (no id), or by something else entirely.
    expect(launcherOf('hjelpepunkt-chromium-Ab12Cd')).toBeNull();
    expect(launcherOf('hjelpepunkt-soak-1234-Ab12Cd')).toBeNull();
  });
});

describe.skipIf(!fs.existsSync('/proc/self'))('clearLeftovers (reads /proc: Linux)', () => {
  it("ends a killed launcher's browser, still open, and removes its profile and policies", async () => {
    // The killed launcher's process id now belongs to another program (here, a bystander).
    const bystander = await running();
    const folder = folderOf('chromium', bystander.pid as number);
    const policies = folderOf('policies', bystander.pid as number);
    fs.mkdirSync(path.join(folder, 'profile'));
    fs.writeFileSync(path.join(folder, 'profile', 'History'), 'a visit');
    const browser = await browserUsing(folder);
    const outcome = await clearLeftovers(temp);
    await exitOf(browser);
    expect(browser.signalCode).toBe('SIGKILL');
    expect(alive(bystander)).toBe(true);
    expect([folder, policies].map((gone) => fs.existsSync(gone))).toEqual([false, false]);
    expect(outcome).toEqual({ folders: 2, browsersEnded: 1, failed: [] });
  });

  it("leaves a running launcher's folders and browser alone, and folders it cannot attribute", async () => {
    const live = (await launcher()).pid as number;
    const folders = [folderOf('chromium', live), folderOf('policies', live), fs.mkdtempSync(path.join(temp, 'hjelpepunkt-chromium-'))];
    const browser = await browserUsing(folders[0] as string);
    expect(await clearLeftovers(temp)).toEqual({ folders: 0, browsersEnded: 0, failed: [] });
    expect(alive(browser)).toBe(true);
    expect(folders.map((folder) => fs.existsSync(folder))).toEqual([true, true, true]);
  });

  it('takes a folder with its own process id for a leftover (it has made none yet), and ends no process that only names the folder', async () => {
    const folder = folderOf('chromium', process.pid);
    const lister = await running(folder);
    expect(await clearLeftovers(temp)).toEqual({ folders: 1, browsersEnded: 0, failed: [] });
    expect(fs.existsSync(folder)).toBe(false);
    expect(alive(lister)).toBe(true);
  });

  it('keeps a folder whose browser does not end, and the policies it reads, and says so', async () => {
    const folder = folderOf('chromium', process.pid);
    const policies = folderOf('policies', process.pid);
    const browser = await browserUsing(folder);
    const outcome = await clearLeftovers(temp, { settleMs: 300, kill: () => true });
    expect(alive(browser)).toBe(true);
    expect([folder, policies].map((kept) => fs.existsSync(kept))).toEqual([true, true]);
    expect(outcome.folders).toBe(0);
    expect(outcome.failed.map((error) => (error as NodeJS.ErrnoException).code)).toEqual(['EBUSY']);
  });
});
