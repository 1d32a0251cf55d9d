/**
 * The Chromium fallback as `npm start` runs it (the launcher's own code path), on a real
 * 1080×1920 X screen with no window manager: the page covers the screen, nothing covers Quick
 * exit, and the Chromium policies are in force (DevTools, file dialogs and other pages refused).
 * Quick exit's place comes from the layout (the same page in another Chromium at the kiosk
 * window's size), its pixels from a screenshot of the real screen.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CHROMIUM } from '../../playwright.config';
import { inPolicyNamespace, kioskPolicies, mountNamespaceWorks, policyRootFor, writePolicyRoot } from '../../electron/launcher/chromium-policies';
import type { PNG } from 'pngjs';
import { PinStore } from '../../electron/services/staff/pin-store';
import { RestartLog } from '../../electron/services/staff/restart-log';
import { createMemoryLogger } from '../../electron/services/log';
import { BUILT_APP, PROJECT_ROOT, RENDERER_BUNDLE } from '../../electron/services/project-paths';
import { startWebHost } from '../../electron/web-host/server';
import { blackPixels, meanDifference, missingTools, pressKeys, screenshot, startXvfb, stopProcess, tap, topLevelWindows, writePng, type Box, type XScreen } from './x-display';

const SCREEN = { width: 1080, height: 1920 };
/** Browser shortcuts a visitor with a keyboard might try (OS-level keys are the OS kiosk kit's job). */
const ESCAPE_KEYS = ['F12', 'ctrl+shift+i', 'ctrl+shift+j', 'ctrl+shift+c', 'ctrl+u', 'ctrl+o', 'ctrl+s', 'ctrl+p', 'ctrl+n', 'ctrl+shift+n', 'ctrl+t', 'ctrl+h', 'ctrl+j', 'ctrl+shift+Delete', 'ctrl+shift+o', 'ctrl+shift+b', 'F1', 'F6', 'F7', 'F10', 'alt+f', 'alt+e'];
const missing = process.platform === 'linux' ? missingTools() : ['Linux with X'];
test.skip(missing.length > 0, `The fallback screen test needs ${missing.join(', ')}; .ci/run installs them.`);
test.describe.configure({ mode: 'serial' });

// The launcher puts policies in force only as root, where a private mount namespace can be made.
const policiesPossible = process.getuid?.() === 0 && mountNamespaceWorks('unshare');
const NO_POLICIES = 'The launcher puts policies in force only as root with a private mount namespace (unshare --mount); not possible in this run.';
let work = '';
let launcherTemp = '';
let screen: XScreen | undefined;
let launcher: ChildProcess | undefined;
let launcherOutput = '';
let kioskUrl = '';
let debugPort = 0;
let dataDirectory = '';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}\n${launcherOutput}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

type Target = { id: string; type: string; url: string; title: string };
async function targets(): Promise<Target[]> {
  return (await (await fetch(`http://127.0.0.1:${debugPort}/json/list`)).json()) as Target[];
}

/** The command lines of the processes running with a profile under this folder (the launcher's Chromium and its helpers). */
function chromiums(folder = launcherTemp): string[] {
  return spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter((line) => line.includes(`--user-data-dir=${folder}`));
}

/** Starts the launcher as `npm start -- --use-chromium` does, and waits for the kiosk page in its Chromium. */
async function startLauncher(): Promise<void> {
  debugPort = await freePort();
  launcherOutput = '';
  // npm start builds first; the test runs after the build gate.
  launcher = spawn(process.execPath, ['--import', 'tsx', path.join('electron', 'launcher', 'start.ts'), '--use-chromium'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DISPLAY: screen?.display,
      WAYLAND_DISPLAY: '',
      TMPDIR: launcherTemp,
      HJELPEPUNKT_DATA_DIR: dataDirectory,
      // Developer mode only to open the DevTools protocol port this test reads the browser through.
      HJELPEPUNKT_DEVELOPER: '1',
      HJELPEPUNKT_CHROMIUM_DEBUG_PORT: String(debugPort),
    },
  });
  launcher.stdout?.on('data', (chunk: Buffer) => (launcherOutput += chunk.toString()));
  launcher.stderr?.on('data', (chunk: Buffer) => (launcherOutput += chunk.toString()));
  kioskUrl = await until('the launcher to name its address', () => /Chromium fallback, (http:\/\/127\.0\.0\.1:\d+\/)/.exec(launcherOutput)?.[1]);
  await until('the kiosk page in Chromium', async () => {
    const list = await targets().catch(() => []);
    return list.find((target) => target.type === 'page' && target.url === kioskUrl && target.title === 'Hjelpepunkt');
  });
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  expect(fs.existsSync(RENDERER_BUNDLE), 'run "npm run build" first').toBe(true);
  // Short paths: Chromium's singleton socket lives under the launcher's TMPDIR (at most 107 bytes).
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'hp-fb-'));
  launcherTemp = path.join(work, 't');
  dataDirectory = path.join(work, 'data');
  fs.mkdirSync(launcherTemp);
  fs.mkdirSync(dataDirectory);
  await new PinStore(dataDirectory).set('246813');
  screen = await startXvfb(SCREEN.width, SCREEN.height);
  await startLauncher();
});

test.afterAll(async () => {
  // Stopping the launcher stops its Chromium and removes its profile and policy folders.
  if (launcher) await stopProcess(launcher);
  // tsx (which runs the launcher here, as in npm start) keeps its compile cache in TMPDIR.
  const leftovers = launcherTemp && fs.existsSync(launcherTemp) ? fs.readdirSync(launcherTemp).filter((name) => !name.startsWith('tsx-')) : [];
  await screen?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
  expect(leftovers, 'temp folders the launcher left behind').toEqual([]);
});

test('npm start says which host runs, and what it cannot block', () => {
  expect(launcherOutput).toContain("running the kiosk in Chromium's kiosk mode (the Chromium fallback");
  expect(launcherOutput).toContain('cannot block OS shortcuts');
  expect(launcherOutput).toContain(policiesPossible ? 'Chromium policies are in force' : 'Chromium policies are NOT in force');
});

test('the kiosk window covers the whole screen, and nothing covers Quick exit', async ({ browser }) => {
  const display = screen?.display ?? '';
  const kioskWindow = await until('the kiosk window', () => topLevelWindows(display).find((window) => window.name.startsWith('Hjelpepunkt')));
  expect(kioskWindow.x).toBeLessThanOrEqual(0);
  expect(kioskWindow.y).toBeLessThanOrEqual(0);
  expect(kioskWindow.x + kioskWindow.width).toBeGreaterThanOrEqual(SCREEN.width);
  expect(kioskWindow.y + kioskWindow.height).toBeGreaterThanOrEqual(SCREEN.height);

  // The same page at the kiosk window's size says where Quick exit is and how it looks. It comes
  // from a host of the test's own on the same data folder: the launcher's host answers only the
  // browser it launched.
  const referenceHost = await startWebHost({ ...BUILT_APP, dataDirectory: path.join(work, 'data'), log: createMemoryLogger(), useSystemPrintQueue: false });
  const context = await browser.newContext({ viewport: { width: kioskWindow.width, height: kioskWindow.height } });
  const reference = await context.newPage();
  await reference.goto(referenceHost.launchUrl());
  const quickExit = reference.getByRole('button', { name: 'Rask utgang' });
  await expect(quickExit).toBeVisible();
  const box = (await quickExit.boundingBox()) as Box;
  await reference.evaluate(() => document.fonts.ready);
  const referenceFile = path.join(work, 'reference.png');
  await reference.screenshot({ path: referenceFile });
  await context.close();
  await referenceHost.close();
  const { PNG: Png } = await import('pngjs');
  const expected = Png.sync.read(fs.readFileSync(referenceFile));

  // Fonts and the first paint take a moment in a fresh browser: retry the comparison briefly.
  let actual: PNG | undefined;
  let difference = Infinity;
  await until('Quick exit to look as laid out', () => {
    actual = screenshot(display, path.join(work, 'screen.png'));
    difference = meanDifference(actual, expected, box);
    return difference < 12 ? true : undefined;
  }, 20_000).catch(() => undefined);
  if (actual) writePng(actual, test.info().outputPath('screen.png'));
  expect(difference, 'the screen at Quick exit differs from the page laid out alone (something covers it)').toBeLessThan(12);
  // No bare X root (black) anywhere along the screen's edges.
  const edges: Box[] = [
    { x: 0, y: 0, width: SCREEN.width, height: 2 },
    { x: 0, y: SCREEN.height - 2, width: SCREEN.width, height: 2 },
    { x: 0, y: 0, width: 2, height: SCREEN.height },
    { x: SCREEN.width - 2, y: 0, width: 2, height: SCREEN.height },
  ];
  expect(edges.map((edge) => blackPixels(actual as PNG, edge))).toEqual([0, 0, 0, 0]);
  expect(meanDifference(actual as PNG, expected, { x: 0, y: 0, width: SCREEN.width, height: SCREEN.height })).toBeLessThan(8);
});

/**
 * Pages in the browser that are not the kiosk. The new-tab page keeps its address chrome://newtab/
 * while NewTabPageLocation shows the kiosk in it, so the title says what it shows.
 */
async function pagesElsewhere(): Promise<string[]> {
  const pages = (await targets()).filter((target) => target.type === 'page');
  const isKiosk = (target: { url: string; title: string }) => target.title === 'Hjelpepunkt' && (target.url.startsWith(new URL(kioskUrl).origin) || target.url === 'chrome://newtab/');
  return pages.filter((target) => !isKiosk(target)).map((target) => `${target.url} (${target.title})`);
}

test('Chromium policies are in force: no DevTools, no file dialog, no way to another page', async () => {
  test.skip(!policiesPossible, NO_POLICIES);
  const display = screen?.display ?? '';
  const page = (await targets()).find((target) => target.type === 'page' && target.url === kioskUrl);
  // DeveloperToolsAvailability 2: even the DevTools protocol may not attach to the page.
  const attach = await new Promise<number>((resolve) => {
    const request = http.request({ host: '127.0.0.1', port: debugPort, path: `/devtools/page/${page?.id}`, headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==' } });
    request.on('upgrade', (_response, socket) => {
      socket.destroy();
      resolve(101);
    });
    request.on('response', (response) => resolve(response.statusCode ?? 0));
    request.end();
  });
  expect(attach, 'the page accepted a DevTools connection').toBe(403);

  // Real key presses, one at a time: DevTools, page source, the Open/Save file dialogs, new
  // windows, history, downloads, clearing data, bookmarks, help, the browser's menus.
  const opened: string[] = [];
  for (const key of ESCAPE_KEYS) {
    const before = topLevelWindows(display).map((window) => window.id);
    pressKeys(display, key);
    await new Promise((resolve) => setTimeout(resolve, 700));
    const added = topLevelWindows(display).filter((window) => !before.includes(window.id));
    if (added.length === 0) continue;
    if (key === 'ctrl+n') {
      // Ctrl+N cannot be switched off in Chromium: its window must be the kiosk again, as npm
      // start warns. Ctrl+W closes it.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await pagesElsewhere(), 'the window Ctrl+N opened shows another page').toEqual([]);
      pressKeys(display, 'ctrl+w');
    } else {
      opened.push(`${key}: ${added.map((window) => window.name || window.id).join(', ')}`);
      pressKeys(display, 'Escape');
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  expect(opened, 'a key opened a window (DevTools, a file dialog, a menu…)').toEqual([]);
  expect((await targets()).filter((target) => target.url.startsWith('devtools://'))).toEqual([]);

  // Alt+Home (the home page) and Ctrl+T (the new-tab page) stay on the kiosk.
  pressKeys(display, 'alt+Home');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(await pagesElsewhere()).toEqual([]);
});

test("URLBlocklist: Chromium with the launcher's policies loads the kiosk's address and nothing else", async () => {
  test.skip(!policiesPossible, NO_POLICIES);
  const elsewhere = http.createServer((_request, response) => response.end('<title>reached</title><p>reached</p>'));
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  const otherUrl = `http://127.0.0.1:${(elsewhere.address() as net.AddressInfo).port}/`;
  const policyFolder = fs.mkdtempSync(path.join(work, 'p-'));
  // The kiosk's URL rules only: headless --dump-dom itself needs DevTools and a normal profile,
  // which DeveloperToolsAvailability and IncognitoModeAvailability (tested above) rightly refuse.
  const { URLBlocklist, URLAllowlist, HomepageLocation, NewTabPageLocation } = kioskPolicies(new URL(kioskUrl).origin);
  writePolicyRoot(policyFolder, policyRootFor(CHROMIUM), { URLBlocklist, URLAllowlist, HomepageLocation, NewTabPageLocation });
  // The launcher's own way of starting Chromium under its policies, headless, printing the page it got.
  const dump = (url: string): string => {
    const profile = fs.mkdtempSync(path.join(work, 'd-'));
    const launch = inPolicyNamespace('unshare', policyFolder, policyRootFor(CHROMIUM), CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${profile}`, '--dump-dom', url]);
    const result = spawnSync(launch.command, launch.args, { encoding: 'utf8', timeout: 30_000, env: { ...process.env, TMPDIR: profile } });
    fs.rmSync(profile, { recursive: true, force: true });
    return result.stdout;
  };
  try {
    expect(dump(kioskUrl)).toContain('<title>Hjelpepunkt</title>');
    // A blocked page is Chromium's error page, which --dump-dom does not print.
    expect(dump(otherUrl)).not.toContain('reached');
  } finally {
    await new Promise((resolve) => elsewhere.close(resolve));
  }
});

// Last: it ends the launcher. Chromium runs in a process group of its own, so it no longer ends
// with the launcher's terminal by itself.
test('closing the terminal that ran npm start (SIGHUP) ends Chromium too, and leaves no profile behind', async () => {
  const running = launcher as ChildProcess;
  expect(chromiums().length, 'the kiosk browser runs').toBeGreaterThan(0);
  const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
  running.kill('SIGHUP');
  await exited;
  await until('Chromium and its helpers to end', () => (chromiums().length === 0 ? true : undefined), 10_000);
  // The profile: afterAll checks the launcher's temp folder.
});

// A launcher killed outright (SIGKILL, the out-of-memory killer) cannot end its Chromium, which
// runs in a process group of its own, or remove its profile: the next start does both.
test('after a launcher killed outright, the next start ends its Chromium and removes its profile; staff read both in the health view', async () => {
  test.setTimeout(120_000);
  await startLauncher();
  const killed = launcher as ChildProcess;
  const [leftFolder] = fs.readdirSync(launcherTemp).filter((name) => name.startsWith(`hjelpepunkt-chromium-${killed.pid}-`));
  const exited = new Promise<void>((resolve) => killed.once('exit', () => resolve()));
  killed.kill('SIGKILL');
  await exited;
  // What the next start has to mend: the killed launcher's Chromium is still open, its profile on disk.
  expect(chromiums(path.join(launcherTemp, leftFolder as string)).length, "the killed launcher's Chromium").toBeGreaterThan(0);

  await startLauncher();
  expect(chromiums(path.join(launcherTemp, leftFolder as string)), "the killed launcher's Chromium").toEqual([]);
  const launcherFolders = fs.readdirSync(launcherTemp).filter((name) => name.startsWith('hjelpepunkt-'));
  // Its own profile, and its policies where they are in force: none of the killed launcher's.
  expect(launcherFolders.every((name) => name.includes(`-${launcher?.pid}-`)), launcherFolders.join(', ')).toBe(true);
  const reasons = (): string[] => new RestartLog(dataDirectory).entries().map((entry) => entry.reason);
  expect(reasons()).toContain("a killed start's browser was still open: ended, its profile removed");

  // And a Chromium that dies under this launcher is opened again, which staff can read too.
  const browserProcess = chromiums().find((line) => !line.includes('--type='));
  process.kill(Number(browserProcess?.trim().split(' ')[0]), 'SIGKILL');
  await until('the launcher to open Chromium again', () => (reasons().includes('Chromium closed; opened again') ? true : undefined));
  await until('the kiosk page in the new Chromium', async () => (await targets().catch(() => [])).find((target) => target.type === 'page' && target.title === 'Hjelpepunkt'));
  // afterAll stops this launcher and checks that it leaves nothing behind.
});

// An idle reset means the visitor has gone: the launcher then gives the kiosk a fresh browser (new
// processes, a new profile), so nothing of the visit stays in the memory that showed it and no page
// lives on for months. Quick exit keeps the browser on screen, so the welcome page is there at once.
// The kiosk's policies keep the DevTools protocol off its page, so the test taps through the X
// server and reads the screen, against the same screens laid out in a browser of its own.
test('after an idle reset the kiosk comes back in a fresh Chromium with a fresh profile; after Quick exit in the same one', async ({ browser }) => {
  test.setTimeout(150_000);
  const display = screen?.display ?? '';
  if (launcher) await stopProcess(launcher);
  fs.writeFileSync(path.join(dataDirectory, 'config.json'), JSON.stringify({ idleSeconds: 5, idleCountdownSeconds: 5 }));

  // Where the buttons are and how the two screens look, from a host of the test's own.
  const referenceHost = await startWebHost({ ...BUILT_APP, dataDirectory, log: createMemoryLogger(), useSystemPrintQueue: false });
  const context = await browser.newContext({ viewport: SCREEN });
  const reference = await context.newPage();
  await reference.goto(referenceHost.launchUrl());
  const norwegian = reference.getByRole('button', { name: 'Norsk bokmål', exact: true });
  await expect(norwegian).toBeVisible();
  const look = async (name: string) => {
    await reference.evaluate(() => document.fonts.ready);
    await reference.screenshot({ path: path.join(work, `${name}.png`) });
    const { PNG: Png } = await import('pngjs');
    return Png.sync.read(fs.readFileSync(path.join(work, `${name}.png`)));
  };
  const welcomeScreen = await look('welcome');
  const languageButton = (await norwegian.boundingBox()) as Box;
  await norwegian.click();
  await expect(reference.getByRole('heading', { level: 1, name: 'Hva trenger du?' })).toBeVisible();
  const homeScreen = await look('home');
  const quickExit = (await reference.getByRole('button', { name: 'Rask utgang' }).boundingBox()) as Box;
  await context.close();
  await referenceHost.close();
  const whole = { x: 0, y: 0, ...SCREEN };
  const showing = (name: string, expected: PNG) => until(`the kiosk to show the ${name} screen`, () => (meanDifference(screenshot(display, path.join(work, 'screen.png')), expected, whole) < 8 ? true : undefined));

  await startLauncher();
  const browserProcess = (): string | undefined => chromiums().find((line) => !line.includes('--type='))?.trim().split(' ')[0];
  const profiles = (): string[] => fs.readdirSync(launcherTemp).filter((name) => name.startsWith('hjelpepunkt-chromium-'));
  const closedBefore = new RestartLog(dataDirectory).entries().filter((entry) => entry.reason === 'Chromium closed; opened again').length;
  const first = { process: browserProcess(), profiles: profiles() };
  expect(first.process).toBeDefined();
  expect(first.profiles).toHaveLength(1);

  await showing('welcome', welcomeScreen);
  tap(display, languageButton);
  await showing('home', homeScreen);
  tap(display, quickExit);
  await showing('welcome', welcomeScreen);
  expect({ process: browserProcess(), profiles: profiles() }, 'the browser after Quick exit').toEqual(first);

  tap(display, languageButton);
  await showing('home', homeScreen);
  // Untouched: the prompt after 5 s, the wipe 5 s later; then a fresh browser, on the welcome screen.
  await until('a fresh Chromium', () => {
    const now = browserProcess();
    return now && now !== first.process ? now : undefined;
  });
  await showing('welcome', welcomeScreen);
  const now = profiles();
  expect(now, "the fresh browser's profile").toHaveLength(1);
  expect(now).not.toEqual(first.profiles);
  // Asked for by the host, so not logged for staff as a browser that closed.
  expect(new RestartLog(dataDirectory).entries().filter((entry) => entry.reason === 'Chromium closed; opened again')).toHaveLength(closedBefore);
});
