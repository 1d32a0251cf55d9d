/**
 * How `npm start` brings the kiosk up on this machine, decided from facts it can check:
 * the Electron kiosk if its binary is installed; otherwise, only if asked for on purpose, the same
 * UI in Chromium's kiosk mode (WebHost) if a Chromium and a display exist; otherwise just the
 * served UI, its address, and what to do. The fallback is never chosen silently: a browser cannot
 * block what Electron blocks, and a visitor must not get the weaker kiosk by accident.
 */
import fs from 'node:fs';
import path from 'node:path';

export type LaunchPlan =
  | { kind: 'electron'; binary: string }
  | { kind: 'chromium-kiosk'; chromium: string }
  | { kind: 'serve-only'; reason: string };

export const ALLOW_FALLBACK_SWITCH = '--allow-chromium-fallback';
export const ALLOW_FALLBACK_ENV = 'HJELPEPUNKT_ALLOW_CHROMIUM_FALLBACK';
/** Runs the Chromium fallback even where Electron is installed (to compare the hosts, and in tests). */
export const USE_CHROMIUM_SWITCH = '--use-chromium';

export const FALLBACK_NOT_ASKED_FOR = 'Electron is not installed, and the Chromium fallback was not asked for';
export const NO_DISPLAY = 'no display was found';

/** `npm start -- --allow-chromium-fallback`, or HJELPEPUNKT_ALLOW_CHROMIUM_FALLBACK=1 (e.g. in a service). */
export function chromiumFallbackAllowed(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  return argv.includes(ALLOW_FALLBACK_SWITCH) || argv.includes(USE_CHROMIUM_SWITCH) || env[ALLOW_FALLBACK_ENV] === '1';
}

export function chooseLaunch(facts: { electronBinary: string | null; chromium: string | null; hasDisplay: boolean; fallbackAllowed: boolean }): LaunchPlan {
  // Without a display no window can open, Electron's included: the served UI and its link at least work.
  if (!facts.hasDisplay) return { kind: 'serve-only', reason: NO_DISPLAY };
  if (facts.electronBinary) return { kind: 'electron', binary: facts.electronBinary };
  if (!facts.chromium) return { kind: 'serve-only', reason: 'no Chromium or Chrome was found' };
  if (!facts.fallbackAllowed) return { kind: 'serve-only', reason: FALLBACK_NOT_ASKED_FOR };
  return { kind: 'chromium-kiosk', chromium: facts.chromium };
}

/**
 * The `electron` package records its binary's path in path.txt once the binary is downloaded
 * (Electron 42+ downloads on first use, not at install). Both must exist.
 */
export function findElectronBinary(electronPackageDir: string, exists = fs.existsSync): string | null {
  const pathFile = path.join(electronPackageDir, 'path.txt');
  if (!exists(pathFile)) return null;
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const binary = path.join(electronPackageDir, 'dist', relative);
  return relative && exists(binary) ? binary : null;
}

const CHROMIUM_CANDIDATES: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files\\Chromium\\Application\\chrome.exe',
  ],
};

export function findChromium(env: NodeJS.ProcessEnv, platform: string, exists = fs.existsSync): string | null {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return (CHROMIUM_CANDIDATES[platform] ?? []).find((candidate) => exists(candidate)) ?? null;
}

/** Windows and macOS always have a desktop when a person runs npm start; Linux may be headless. */
export function hasDisplay(env: NodeJS.ProcessEnv, platform: string): boolean {
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

export type ScreenSize = { width: number; height: number };

/** The X screen's size from `xwininfo -root` (x11-utils), or null when it says nothing usable. */
export function parseXScreenSize(xwininfoOutput: string): ScreenSize | null {
  const width = Number(/^\s*Width:\s*(\d+)\s*$/m.exec(xwininfoOutput)?.[1]);
  const height = Number(/^\s*Height:\s*(\d+)\s*$/m.exec(xwininfoOutput)?.[1]);
  return width > 0 && height > 0 ? { width, height } : null;
}

/**
 * Chromium as a kiosk: full screen, silent printing to the default printer, a throw-away profile
 * (nothing survives the run) and none of the background traffic Chromium makes by default.
 * `--kiosk` asks the window manager for full screen; a bare X session (a common kiosk set-up) has
 * none, so when the screen's size is known the window is also placed over the whole screen.
 */
export function chromiumKioskArgs(url: string, profileDirectory: string, runningAsRoot: boolean, screen: ScreenSize | null = null, debugPort: number | null = null): string[] {
  return [
    '--kiosk',
    // One pixel larger than the screen: Chromium shrinks a window of exactly the screen's size by
    // one pixel on X11 (measured: 1080×1920 became 1079×1919, leaving a dark line at two edges).
    ...(screen ? ['--window-position=0,0', `--window-size=${screen.width + 1},${screen.height + 1}`] : []),
    '--kiosk-printing',
    `--user-data-dir=${profileDirectory}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Every prompt off, also where no policy reaches (see chromium-policies.ts).
    '--disable-translate',
    '--disable-features=Translate,TranslateUI,OverscrollHistoryNavigation,TouchpadOverscrollHistoryNavigation,MediaRouter,GlobalMediaControls,AutofillServerCommunication,PrivacySandboxSettings4',
    '--deny-permission-prompts',
    '--disable-notifications',
    '--disable-session-crashed-bubble',
    '--hide-crash-restore-bubble',
    '--password-store=basic',
    '--overscroll-history-navigation=0',
    '--disable-pinch',
    '--noerrdialogs',
    ...(runningAsRoot ? ['--no-sandbox'] : []),
    // Developer mode only (the launcher checks): lets a test read the page through the DevTools protocol.
    ...(debugPort !== null ? [`--remote-debugging-port=${debugPort}`] : []),
    url,
  ];
}

/**
 * What `npm start` prints about the fallback it runs: which host, whether policies are in force,
 * and what this host cannot block, so whoever starts it knows what a visitor could do.
 */
export function fallbackNotice(facts: { url: string; policies: 'in-force' | { notInForce: string }; kioskService: boolean }): string[] {
  const lines = [`Hjelpepunkt: running the kiosk in Chromium's kiosk mode (the Chromium fallback, ${facts.url}), not in the Electron kiosk.`];
  lines.push(
    facts.policies === 'in-force'
      ? '  Chromium policies are in force for this browser only: no DevTools, no other pages, no downloads, no file dialogs, no translate or password prompts.'
      : `  Chromium policies are NOT in force (${facts.policies.notInForce}): a visitor could open DevTools (F12), a file dialog (Ctrl+O) or other pages.`,
  );
  if (!facts.kioskService) {
    lines.push('  Without an OS kiosk shell (cage, Shell Launcher) this host cannot block OS shortcuts: Alt+Tab, Ctrl+Alt+F1…F7, the Windows key.');
  }
  lines.push('  With a keyboard, Alt+F4 or Ctrl+W close the browser (the launcher opens it again) and Ctrl+N or Ctrl+T open a second copy of the kiosk page.');
  lines.push('  Use it for development, or where the OS keeps keyboards away from visitors (docs/deploy.md).');
  return lines;
}

/** What `npm start` says when it only serves the UI: why, and what to do. */
export function serveOnlyNotice(url: string, reason: string): string[] {
  const lines = [`Hjelpepunkt: the kiosk window is not started (${reason}).`];
  lines.push(`  The UI is served at ${url} (a link that works once): open it in a browser to try it. Stop with Ctrl+C.`);
  if (reason === NO_DISPLAY) lines.push('  For the kiosk window, run npm start in a graphical session (where DISPLAY or WAYLAND_DISPLAY is set).');
  else lines.push('  For the real kiosk, install the Electron binary (the first "npm start" on a machine with network downloads it), or install a package from "npm run dist" (docs/deploy.md).');
  if (reason === FALLBACK_NOT_ASKED_FOR) {
    lines.push(`  To run it in Chromium's kiosk mode instead (weaker: see docs/deploy.md): npm start -- ${ALLOW_FALLBACK_SWITCH}`);
  }
  return lines;
}
