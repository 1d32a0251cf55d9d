/**
 * How `npm start` brings the kiosk up on this machine, decided from facts it can check:
 * the Electron kiosk if its binary is installed; otherwise the same UI in Chromium's kiosk mode
 * (WebHost) if a Chromium and a display exist; otherwise just the served UI and its address.
 */
import fs from 'node:fs';
import path from 'node:path';

export type LaunchPlan =
  | { kind: 'electron'; binary: string }
  | { kind: 'chromium-kiosk'; chromium: string }
  | { kind: 'serve-only'; reason: string };

export function chooseLaunch(facts: { electronBinary: string | null; chromium: string | null; hasDisplay: boolean }): LaunchPlan {
  if (facts.electronBinary) return { kind: 'electron', binary: facts.electronBinary };
  if (facts.chromium && facts.hasDisplay) return { kind: 'chromium-kiosk', chromium: facts.chromium };
  return {
    kind: 'serve-only',
    reason: facts.chromium ? 'no display was found' : 'no Chromium or Chrome was found',
  };
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
export function chromiumKioskArgs(url: string, profileDirectory: string, runningAsRoot: boolean, screen: ScreenSize | null = null): string[] {
  return [
    '--kiosk',
    ...(screen ? ['--window-position=0,0', `--window-size=${screen.width},${screen.height}`] : []),
    '--kiosk-printing',
    `--user-data-dir=${profileDirectory}`,
    '--incognito',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-translate',
    '--disable-features=Translate,OverscrollHistoryNavigation,TouchpadOverscrollHistoryNavigation',
    '--overscroll-history-navigation=0',
    '--disable-pinch',
    '--noerrdialogs',
    ...(runningAsRoot ? ['--no-sandbox'] : []),
    url,
  ];
}
