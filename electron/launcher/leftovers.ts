/**
 * The fallback's Chromium profile and policy folders are throw-away (see start.ts): each is removed
 * when its Chromium exits. A launcher killed outright (SIGKILL, the out-of-memory killer) cannot do
 * that, and its Chromium, in a process group of its own, stays open on the last visitor's page.
 * The next start ends that Chromium and removes its folders.
 *
 * Each folder carries its launcher's process id in its name. A folder is left alone while a
 * launcher runs under that id, so a second launcher's live profile is never touched; folders
 * without an id (older versions) are left alone too. Only processes started with a profile in the
 * folder (`--user-data-dir=`) are ended. This needs Linux's /proc, to see which processes those
 * are and whether a process id still belongs to a launcher; elsewhere nothing is touched.
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

/** A process's command line, or null when it does not exist (or has ended meanwhile). */
function commandLine(procRoot: string, pid: number): string[] | null {
  try {
    return fs.readFileSync(path.join(procRoot, String(pid), 'cmdline'), 'utf8').split('\0');
  } catch {
    return null;
  }
}

/**
 * Whether the process with this id is a running launcher. The id may have been given to another
 * program since: then the folder is a leftover. This process has made none yet, so a folder with
 * its own id is left from an earlier one.
 */
function launcherRuns(procRoot: string, pid: number): boolean {
  if (pid === process.pid) return false;
  return commandLine(procRoot, pid)?.some((arg) => /launcher[\\/]start\.[jt]s$/.test(arg)) ?? false;
}

/** A process's group, from /proc/<pid>/stat (after the command name, which may hold spaces): state, parent, group. */
function processGroup(procRoot: string, pid: number): number | null {
  try {
    const stat = fs.readFileSync(path.join(procRoot, String(pid), 'stat'), 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) || null;
  } catch {
    return null;
  }
}

/** Processes started with their Chromium profile in the folder: the browser and its helpers. */
export function browserProcessesIn(folder: string, procRoot = '/proc'): { pid: number; browser: boolean }[] {
  let entries: string[];
  try {
    entries = fs.readdirSync(procRoot).filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const args = commandLine(procRoot, Number(name));
    if (!args?.some((arg) => arg.startsWith(`--user-data-dir=${folder}${path.sep}`))) return [];
    // Helpers (renderers, GPU, utilities) carry --type=; the browser process does not.
    return [{ pid: Number(name), browser: !args.some((arg) => arg.startsWith('--type=')) }];
  });
}

export type LeftoverOutcome = { folders: number; browsersEnded: number; failed: Error[] };

/**
 * Ends the Chromium of every launcher that is gone and removes its folders. Waits (up to
 * `settleMs`) for those processes to end; a folder still in use after that is kept and reported.
 */
export async function clearLeftovers(temporaryDirectory: string, { procRoot = '/proc', settleMs = 5000, kill = process.kill.bind(process) } = {}): Promise<LeftoverOutcome> {
  const outcome: LeftoverOutcome = { folders: 0, browsersEnded: 0, failed: [] };
  if (!fs.existsSync(path.join(procRoot, 'self'))) return outcome;
  let names: string[];
  try {
    names = fs.readdirSync(temporaryDirectory);
  } catch {
    return outcome;
  }
  // Profiles before policies: a browser that will not end keeps the policies it reads.
  const stillOpen = new Set<number>();
  const ownGroup = processGroup(procRoot, process.pid);
  for (const name of names.sort()) {
    const launcher = launcherOf(name);
    if (launcher === null || stillOpen.has(launcher) || launcherRuns(procRoot, launcher)) continue;
    const folder = path.join(temporaryDirectory, name);
    const found = browserProcessesIn(folder, procRoot);
    for (const { pid, browser } of found) {
      // The launcher started the browser in a process group of its own (with its helpers, and the
      // policy wrapper where there is one): that group goes, never this launcher's.
      const group = browser ? processGroup(procRoot, pid) : null;
      for (const target of group && group !== ownGroup ? [-group, pid] : [pid]) {
        try {
          kill(target, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
    const deadline = Date.now() + settleMs;
    let running = found.length;
    while (running > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      running = browserProcessesIn(folder, procRoot).length;
    }
    if (running > 0) {
      // Removing it under a running browser would let the browser write it back.
      outcome.failed.push(Object.assign(new Error('a browser still uses the folder'), { code: 'EBUSY' }));
      stillOpen.add(launcher);
      continue;
    }
    outcome.browsersEnded += found.filter((process) => process.browser).length;
    try {
      fs.rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      outcome.folders += 1;
    } catch (error) {
      outcome.failed.push(error as Error);
    }
  }
  return outcome;
}
