/**
 * `npm start`: brings the kiosk up with the best host this machine has (see launch-plan.ts), and
 * says in a few plain lines which host runs and what it cannot block. A missing Electron binary
 * is one plain line, never a stack trace.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeveloperMode } from '../policy/developer-mode';
import { defaultDataDirectory } from '../services/data-directory';
import { runningUnderKioskService } from '../services/lockdown-report';
import { errorKind } from '../services/host-gateway';
import { createLogger } from '../services/log';
import { PROJECT_ROOT, projectVersion, BUILT_APP } from '../services/project-paths';
import { startWebHost, type RunningWebHost } from '../web-host/server';
import { RestartLog } from '../services/staff/restart-log';
import { BrowserSupervisor, type SupervisedRun } from './browser-supervisor';
import { clearLeftovers, launcherFolderPrefix } from './leftovers';
import { choosePolicyDelivery, inPolicyNamespace, kioskPolicies, mountNamespaceWorks, policyRootFor, writePolicyRoot } from './chromium-policies';
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
  USE_CHROMIUM_SWITCH,
  type ScreenSize,
} from './launch-plan';

const PREFERRED_PORT = 4173;
const electronPackageDir = path.join(PROJECT_ROOT, 'node_modules', 'electron');
const developerMode = isDeveloperMode(process.env, process.argv);

/** Electron downloads its binary on first use. Try once, quietly; report the outcome in one line. */
function electronBinaryAfterDownloadAttempt(): string | null {
  const installed = findElectronBinary(electronPackageDir);
  if (installed || !fs.existsSync(path.join(electronPackageDir, 'install.js'))) return installed;
  console.log('Hjelpepunkt: fetching the Electron binary (first start only)…');
  const result = spawnSync(process.execPath, [path.join(electronPackageDir, 'install.js')], {
    stdio: 'pipe',
    timeout: 15 * 60_000,
  });
  const binary = result.status === 0 ? findElectronBinary(electronPackageDir) : null;
  if (!binary) {
    const firstLine = `${result.stderr?.toString() ?? ''}`.split('\n').find((line) => /error|fail/i.test(line))?.trim();
    console.log(`Hjelpepunkt: Electron is not installed and could not be downloaded${firstLine ? ` (${firstLine.slice(0, 120)})` : ''}.`);
  }
  return binary;
}

/** The X screen's size, where X and xwininfo are there to say it (otherwise --kiosk alone). */
function xScreenSize(): ScreenSize | null {
  if (process.platform !== 'linux' || !process.env.DISPLAY) return null;
  const result = spawnSync('xwininfo', ['-root'], { encoding: 'utf8', timeout: 5000 });
  if (result.error) console.log('  xwininfo was not found (Debian: apt-get install x11-utils): without a window manager the window may not cover the screen.');
  return result.status === 0 ? parseXScreenSize(result.stdout) : null;
}

function which(command: string): string | null {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** The DevTools protocol port a test may ask for, honoured in developer mode only. */
function debugPortForTests(): number | null {
  const port = Number(process.env.HJELPEPUNKT_CHROMIUM_DEBUG_PORT);
  return developerMode && Number.isInteger(port) && port > 0 ? port : null;
}

const plan = chooseLaunch({
  electronBinary: process.argv.includes(USE_CHROMIUM_SWITCH) ? null : electronBinaryAfterDownloadAttempt(),
  chromium: findChromium(process.env, process.platform),
  hasDisplay: hasDisplay(process.env, process.platform),
  fallbackAllowed: chromiumFallbackAllowed(process.argv, process.env),
});

const dataDirectory = defaultDataDirectory();
// The same log as Electron's (what the shell did, never what a visitor saw); the terminal keeps the few lines above.
const log = createLogger({ file: path.join(dataDirectory, 'logs', 'shell.log'), echo: false });
// Staff read in the health view what happened to the browser (never anything of a visitor).
const restarts = new RestartLog(dataDirectory);
/** A visitor's browsing may be left on disk: staff see it in the health view. The error kind only: its message names the folder. */
function reportProfileNotRemoved(error: Error): void {
  const line = `could not remove Chromium's throw-away profile (${errorKind(error)})`;
  console.error(`Hjelpepunkt: ${line}.`);
  log.error('launcher', line);
  restarts.record(line);
}

// Whichever host starts now: a Chromium left open by a launcher killed outright must not stay on screen.
const leftovers = await clearLeftovers(os.tmpdir());
if (leftovers.folders > 0 || leftovers.browsersEnded > 0) {
  restarts.record(leftovers.browsersEnded > 0 ? "a killed start's browser was still open: ended, its profile removed" : "a killed start's browser profile was removed");
  log.warn('launcher', `ended ${leftovers.browsersEnded} browser(s) and removed ${leftovers.folders} folder(s) left by a killed launcher`);
}
for (const error of leftovers.failed) reportProfileNotRemoved(error);

if (plan.kind === 'electron') {
  console.log('Hjelpepunkt: starting the Electron kiosk.');
  const child = spawn(plan.binary, [PROJECT_ROOT, ...(developerMode ? ['--developer'] : [])], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const runningAsRoot = process.getuid?.() === 0;
  const unshare = process.platform === 'linux' ? which('unshare') : null;
  const delivery =
    plan.kind === 'chromium-kiosk'
      ? choosePolicyDelivery({
          platform: process.platform,
          isRoot: runningAsRoot,
          unshare,
          mountNamespaceWorks: Boolean(unshare && runningAsRoot && mountNamespaceWorks(unshare)),
          policyRootExists: fs.existsSync(policyRootFor(plan.chromium)),
          chromium: plan.chromium,
        })
      : null;
  let stopKiosk = (): void => undefined;
  let restartBrowser = (): void => undefined;
  const serve = (port: number): Promise<RunningWebHost> =>
    startWebHost({
      ...BUILT_APP,
      dataDirectory,
      version: projectVersion(),
      log,
      port,
      lockdown: {
        host: plan.kind === 'chromium-kiosk' ? 'chromium-fallback' : 'browser',
        packaged: false,
        developerMode,
        browserPolicies: delivery?.kind === 'mount-namespace' ? 'in-force' : 'not-in-force',
      },
      quitKiosk: () => stopKiosk(),
      // Only where the launcher has a browser to restart: otherwise staff would read of a restart that never happened.
      restartBrowser: plan.kind === 'chromium-kiosk' ? () => restartBrowser() : undefined,
    });
  // A fixed port makes the address easy to bookmark; any free port will do if it is taken.
  const host = await serve(PREFERRED_PORT).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') return serve(0);
    throw error;
  });

  if (plan.kind === 'chromium-kiosk' && delivery) {
    const kioskService = runningUnderKioskService(process.env);
    for (const line of fallbackNotice({ url: host.url, policies: delivery.kind === 'mount-namespace' ? 'in-force' : { notInForce: delivery.reason }, kioskService })) console.log(line);
    const policyFolder = delivery.kind === 'mount-namespace' ? fs.mkdtempSync(launcherFolderPrefix(os.tmpdir(), 'policies', process.pid)) : null;
    if (policyFolder && delivery.kind === 'mount-namespace') writePolicyRoot(policyFolder, delivery.policyRoot, kioskPolicies(new URL(host.url).origin));
    const screen = xScreenSize();
    const debugPort = debugPortForTests();
    if (debugPort !== null) console.log(`  Developer mode: the DevTools protocol is open on 127.0.0.1:${debugPort}.`);

    /** The Chromium now running, so that an exit of the launcher by any path can end it too. */
    let current: ChildProcess | undefined;
    const startChromium = (): SupervisedRun => {
      // The profile is throw-away: each start gets a new one, removed after Chromium has exited
      // (so Chromium cannot write it back), whichever way the run ends.
      // Chromium's own temporary files (its singleton socket folder) go inside it too; not one
      // level deeper, as a socket's path may not pass 107 bytes.
      // Named after this launcher, so that a later start can tell a folder left by a killed one.
      const run = fs.mkdtempSync(launcherFolderPrefix(os.tmpdir(), 'chromium', process.pid));
      // A fresh one-time launch link each time: the page Chromium opens is the only client the host answers.
      const args = chromiumKioskArgs(host.launchUrl(), path.join(run, 'profile'), runningAsRoot, screen, debugPort);
      const launch = policyFolder && delivery.kind === 'mount-namespace' ? inPolicyNamespace(unshare ?? 'unshare', policyFolder, delivery.policyRoot, plan.chromium, args) : { command: plan.chromium, args };
      // A process group of its own: when the browser process has gone, its helpers (renderers, GPU,
      // utilities) can be ended with it before the profile they write into is removed.
      const child = spawn(launch.command, launch.args, { stdio: 'ignore', env: { ...process.env, TMPDIR: run }, detached: true });
      current = child;
      return {
        // 'error' alone (Chromium could not be started at all) counts as an exit too.
        exited: new Promise((resolve) => {
          child.once('exit', () => resolve());
          child.once('error', () => resolve());
        }),
        kill: (how) => {
          if (how === 'at-once') {
            killGroup(child);
            return;
          }
          child.kill('SIGTERM');
          // A browser frozen in a print call may not answer SIGTERM. A healthy one can take several
          // seconds to close, and one killed mid-way leaves its profile behind: wait well past that.
          setTimeout(() => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          }, 20_000).unref();
        },
        cleanUp: () => {
          killGroup(child);
          // The helpers just killed may have had a write in flight.
          fs.rmSync(run, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
        },
      };
    };
    const finish = (code: number) => (): void => {
      if (policyFolder) fs.rmSync(policyFolder, { recursive: true, force: true });
      void host.close().then(() => process.exit(code));
    };
    const supervisor = new BrowserSupervisor(startChromium, {
      restarted: (count, asked) => {
        // A fresh browser the host asked for is routine (each idle reset) or recorded by the host
        // with its reason (a hung print): only a browser that closed goes in the health view's log.
        if (asked) return;
        console.log(`Hjelpepunkt: Chromium closed; opened it again (${count}).`);
        restarts.record('Chromium closed; opened again');
      },
      cleanUpFailed: reportProfileNotRemoved,
      gaveUp: () => {
        console.error('Hjelpepunkt: Chromium keeps closing; giving up.');
        finish(1)();
      },
      stopped: finish(0),
    });
    supervisor.run();
    // Chromium runs in a process group of its own (above), so it no longer ends with the launcher's
    // terminal or a crash of the launcher: whatever ends the launcher ends it too.
    process.on('exit', () => {
      if (current) killGroup(current);
    });
    stopKiosk = () => supervisor.stop();
    restartBrowser = () => supervisor.restart();
  } else if (plan.kind === 'serve-only') {
    for (const line of serveOnlyNotice(host.launchUrl(), plan.reason)) console.log(line);
    stopKiosk = () => void host.close().then(() => process.exit(0));
  }
  // SIGHUP: the terminal that ran npm start was closed.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stopKiosk());
}

/** Ends a Chromium and every helper process it started (its process group), if still there. */
function killGroup(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // The whole group has already gone.
  }
}
