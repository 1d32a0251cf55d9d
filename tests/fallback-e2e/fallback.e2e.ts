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
import { PROJECT_ROOT, RENDERER_BUNDLE } from '../../electron/services/project-paths';
import { blackPixels, meanDifference, missingTools, pressKeys, screenshot, startXvfb, stopProcess, topLevelWindows, writePng, type Box, type XScreen } from './x-display';

const SCREEN = { width: 1080, height: 1920 };
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

test.beforeAll(async () => {
  test.setTimeout(120_000);
  expect(fs.existsSync(RENDERER_BUNDLE), 'run "npm run build" first').toBe(true);
  // Short paths: Chromium's singleton socket lives under the launcher's TMPDIR (at most 107 bytes).
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'hp-fb-'));
  launcherTemp = path.join(work, 't');
  const dataDirectory = path.join(work, 'data');
  fs.mkdirSync(launcherTemp);
  fs.mkdirSync(dataDirectory);
  await new PinStore(dataDirectory).set('2468');
  screen = await startXvfb(SCREEN.width, SCREEN.height);
  debugPort = await freePort();
  // As `npm start -- --use-chromium` (npm start builds first; the test runs after the build gate).
  launcher = spawn(process.execPath, ['--import', 'tsx', path.join('electron', 'launcher', 'start.ts'), '--use-chromium'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DISPLAY: screen.display,
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

  // The same page at the kiosk window's size says where Quick exit is and how it looks.
  const context = await browser.newContext({ viewport: { width: kioskWindow.width, height: kioskWindow.height } });
  const reference = await context.newPage();
  await reference.goto(kioskUrl);
  const quickExit = reference.getByRole('button', { name: 'Rask utgang' });
  await expect(quickExit).toBeVisible();
  const box = (await quickExit.boundingBox()) as Box;
  await reference.evaluate(() => document.fonts.ready);
  const referenceFile = path.join(work, 'reference.png');
  await reference.screenshot({ path: referenceFile });
  await context.close();
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

  // Real key presses: DevTools (F12, Ctrl+Shift+I, Ctrl+Shift+J) and the Open/Save file dialogs.
  const before = topLevelWindows(display).map((window) => window.id).sort();
  pressKeys(display, 'F12', 'ctrl+shift+i', 'ctrl+shift+j', 'ctrl+o', 'ctrl+s', 'ctrl+n', 'ctrl+t');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(topLevelWindows(display).map((window) => window.id).sort(), 'a new window (DevTools or a file dialog) opened').toEqual(before);
  expect((await targets()).filter((target) => target.url.startsWith('devtools://'))).toEqual([]);

  // Alt+Home (the home page) and Ctrl+N/Ctrl+T (the new-tab page) stay on the kiosk's own address.
  pressKeys(display, 'alt+Home');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const pages = (await targets()).filter((target) => target.type === 'page');
  // (Ctrl+T opens a second copy of the kiosk page: still the kiosk, as npm start warns.)
  expect([...new Set(pages.map((target) => new URL(target.url).origin))]).toEqual([new URL(kioskUrl).origin]);
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
