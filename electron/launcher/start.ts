/**
 * `npm start`: brings the kiosk up with the best host this machine has (see launch-plan.ts).
 * A missing Electron binary is one plain line, never a stack trace.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultDataDirectory } from '../services/data-directory';
import { createLogger } from '../services/log';
import { PROJECT_ROOT, projectVersion, BUILT_APP } from '../services/project-paths';
import { startWebHost } from '../web-host/server';
import { chooseLaunch, chromiumKioskArgs, findChromium, findElectronBinary, hasDisplay, parseXScreenSize, type ScreenSize } from './launch-plan';

const PREFERRED_PORT = 4173;
const electronPackageDir = path.join(PROJECT_ROOT, 'node_modules', 'electron');

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
  return result.status === 0 ? parseXScreenSize(result.stdout) : null;
}

const plan = chooseLaunch({
  electronBinary: electronBinaryAfterDownloadAttempt(),
  chromium: findChromium(process.env, process.platform),
  hasDisplay: hasDisplay(process.env, process.platform),
});

if (plan.kind === 'electron') {
  console.log('Hjelpepunkt: starting the Electron kiosk.');
  const child = spawn(plan.binary, [PROJECT_ROOT], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const serve = (port: number) =>
    startWebHost({
      ...BUILT_APP,
      dataDirectory: defaultDataDirectory(),
      version: projectVersion(),
      log: createLogger({ echo: false }),
      port,
    });
  // A fixed port makes the address easy to bookmark; any free port will do if it is taken.
  const host = await serve(PREFERRED_PORT).catch(() => serve(0));
  if (plan.kind === 'chromium-kiosk') {
    console.log(`Hjelpepunkt: running the kiosk in Chromium's kiosk mode instead (${host.url}).`);
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'hjelpepunkt-chromium-'));
    const runningAsRoot = process.getuid?.() === 0;
    // The one-time launch link: the page Chromium opens is the only client the host will answer.
    const chromium = spawn(plan.chromium, chromiumKioskArgs(host.launchUrl(), profile, runningAsRoot, xScreenSize()), { stdio: 'ignore' });
    // The profile is throw-away: whichever way the run ends, nothing of it stays on disk. It is
    // removed only after Chromium has exited, so Chromium cannot write it back.
    chromium.on('exit', () => {
      fs.rmSync(profile, { recursive: true, force: true });
      void host.close().then(() => process.exit(0));
    });
    const stop = (): void => void chromium.kill();
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } else {
    console.log(`Hjelpepunkt: cannot open a kiosk window (${plan.reason}). Open ${host.launchUrl()} in a browser (the link works once); stop with Ctrl+C.`);
  }
}
