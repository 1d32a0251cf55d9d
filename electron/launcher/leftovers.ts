/**
 * The fallback's Chromium profile and policy folders are throw-away (see start.ts): each is removed
 * when its Chromium exits. A launcher killed outright (SIGKILL, the out-of-memory killer) cannot do
 * that, and its Chromium, in a process group of its own, stays open on the last visitor's page.
 * The next start ends that Chromium and removes its folders. Each folder carries its launcher's
 * process id in its name, and only folders whose launcher is gone are touched: a second launcher's
 * live profile is never removed. Folders without an id (made by older versions) are left alone.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The mkdtemp prefix of a folder made by the launcher with this process id: Chromium's profile, or the policies it reads. */
export function launcherFolderPrefix(temporaryDirectory: string, kind: 'chromium' | 'policies', launcherPid: number): string {
  return path.join(temporaryDirectory, `hjelpepunkt-${kind}-${launcherPid}-`);
}

/** The launcher's process id in such a folder's name, or null for any other name. */
export function launcherOf(folderName: string): number | null {
  const match = /^hjelpepunkt-(?:chromium|policies)-(\d+)-[^-]+$/.exec(folderName);
  return match ? Number(match[1]) : null;
}

/** Whether a process exists (one of another user counts: it cannot be signalled, but it is there). */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Processes whose command line names the folder (a Chromium started with its profile in it). Linux only. */
export function processesUsing(folder: string, procRoot = '/proc'): number[] {
  let entries: string[];
  try {
    entries = fs.readdirSync(procRoot).filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  return entries.map(Number).filter((pid) => {
    try {
      return fs.readFileSync(path.join(procRoot, String(pid), 'cmdline'), 'utf8').split('\0').some((arg) => arg.includes(folder + path.sep) || arg.endsWith(folder));
    } catch {
      // The process ended while the list was read.
      return false;
    }
  });
}

export type LeftoverOutcome = { folders: number; browsersEnded: number; failed: NodeJS.ErrnoException[] };

/**
 * Ends the Chromium of every launcher that is gone and removes its folders. Waits (up to
 * `settleMs`) for those processes to end first, so none writes into a folder being removed.
 */
export async function clearLeftovers(
  temporaryDirectory: string,
  { exists = processExists, procRoot = '/proc', settleMs = 5000 }: { exists?: (pid: number) => boolean; procRoot?: string; settleMs?: number } = {},
): Promise<LeftoverOutcome> {
  const outcome: LeftoverOutcome = { folders: 0, browsersEnded: 0, failed: [] };
  let names: string[];
  try {
    names = fs.readdirSync(temporaryDirectory);
  } catch {
    return outcome;
  }
  for (const name of names) {
    const launcher = launcherOf(name);
    if (launcher === null || launcher === process.pid || exists(launcher)) continue;
    const folder = path.join(temporaryDirectory, name);
    const browsers = processesUsing(folder, procRoot);
    for (const pid of browsers) {
      // The browser leads a process group of its own (its helpers are in it); other processes do not.
      for (const target of [-pid, pid]) {
        try {
          process.kill(target, 'SIGKILL');
        } catch {
          // Not a group leader, or already gone.
        }
      }
    }
    outcome.browsersEnded += browsers.length;
    const deadline = Date.now() + settleMs;
    while (processesUsing(folder, procRoot).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    try {
      fs.rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      outcome.folders += 1;
    } catch (error) {
      outcome.failed.push(error as NodeJS.ErrnoException);
    }
  }
  return outcome;
}
