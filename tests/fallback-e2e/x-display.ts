/**
 * A real X screen for tests: Xvfb on a free display number, screenshots of the whole screen
 * (ImageMagick's `import`, by absolute path: /usr/local/bin may hold a stand-in `convert`), the
 * top-level windows on it (xwininfo) and real key presses (xdotool). Everything it starts it
 * stops by PID.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

export const IMPORT = '/usr/bin/import';
export const REQUIRED_TOOLS: Record<string, string> = { Xvfb: 'xvfb', xwininfo: 'x11-utils', xdotool: 'xdotool', [IMPORT]: 'imagemagick' };

export function missingTools(): string[] {
  return Object.entries(REQUIRED_TOOLS)
    .filter(([tool]) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
    .map(([tool, pkg]) => `${tool} (apt-get install ${pkg})`);
}

export type XScreen = { display: string; process: ChildProcess; stop(): Promise<void> };

/** Starts Xvfb with one screen of `width`×`height`, with no window manager. */
export async function startXvfb(width: number, height: number): Promise<XScreen> {
  let number = 90 + Math.floor(Math.random() * 100);
  while (fs.existsSync(`/tmp/.X11-unix/X${number}`) || fs.existsSync(`/tmp/.X${number}-lock`)) number += 1;
  const display = `:${number}`;
  const child = spawn('Xvfb', [display, '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], { stdio: 'ignore' });
  for (let waited = 0; !fs.existsSync(`/tmp/.X11-unix/X${number}`); waited += 100) {
    if (waited > 10_000 || child.exitCode !== null) throw new Error(`Xvfb did not start on ${display}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { display, process: child, stop: () => stopProcess(child) };
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
export async function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

export function screenshot(display: string, file: string): PNG {
  const result = spawnSync(IMPORT, ['-display', display, '-window', 'root', file], { encoding: 'utf8', timeout: 20_000 });
  if (result.status !== 0) throw new Error(`import failed: ${result.stderr}`);
  return PNG.sync.read(fs.readFileSync(file));
}

export type XWindow = { id: string; name: string; x: number; y: number; width: number; height: number };

/** The mapped top-level windows, as xwininfo lists the root's children. */
export function topLevelWindows(display: string): XWindow[] {
  const result = spawnSync('xwininfo', ['-display', display, '-root', '-children'], { encoding: 'utf8' });
  return [...result.stdout.matchAll(/^\s+(0x[0-9a-f]+) (?:"([^"]*)"|\(has no name\)).*?\s(\d+)x(\d+)\+(-?\d+)\+(-?\d+)/gm)]
    .map((match) => ({ id: match[1] ?? '', name: match[2] ?? '', width: Number(match[3]), height: Number(match[4]), x: Number(match[5]), y: Number(match[6]) }))
    .filter((window) => isViewable(display, window.id));
}

function isViewable(display: string, id: string): boolean {
  return /Map State: IsViewable/.test(spawnSync('xwininfo', ['-display', display, '-id', id], { encoding: 'utf8' }).stdout);
}

function xdotool(display: string, args: string[]): void {
  spawnSync('xdotool', args, { env: { ...process.env, DISPLAY: display }, timeout: 5000 });
}

export function pressKeys(display: string, ...keys: string[]): void {
  for (const key of keys) xdotool(display, ['key', '--clearmodifiers', key]);
}

/** A tap (a left click) at the middle of `box`, through the X server, as a touchscreen gives it. */
export function tap(display: string, box: Box): void {
  xdotool(display, ['mousemove', String(Math.round(box.x + box.width / 2)), String(Math.round(box.y + box.height / 2)), 'click', '1']);
}

export type Box = { x: number; y: number; width: number; height: number };

/** Mean absolute difference (0–255) of the RGB channels of two images over `box`. */
export function meanDifference(a: PNG, b: PNG, box: Box): number {
  let total = 0;
  let count = 0;
  for (let y = Math.floor(box.y); y < Math.ceil(box.y + box.height); y += 1) {
    for (let x = Math.floor(box.x); x < Math.ceil(box.x + box.width); x += 1) {
      const i = (a.width * y + x) * 4;
      const j = (b.width * y + x) * 4;
      for (let c = 0; c < 3; c += 1) total += Math.abs((a.data[i + c] ?? 0) - (b.data[j + c] ?? 0));
      count += 3;
    }
  }
  return total / count;
}

/** How many pixels of `image` in `box` are pure black (Xvfb's empty root window). */
export function blackPixels(image: PNG, box: Box): number {
  let black = 0;
  for (let y = box.y; y < box.y + box.height; y += 1) {
    for (let x = box.x; x < box.x + box.width; x += 1) {
      const i = (image.width * y + x) * 4;
      if (image.data[i] === 0 && image.data[i + 1] === 0 && image.data[i + 2] === 0) black += 1;
    }
  }
  return black;
}

export function writePng(image: PNG, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, PNG.sync.write(image));
}
